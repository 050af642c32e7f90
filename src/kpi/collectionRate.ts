import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { mappedShareOfWon } from './mappedShareOfWon';

/**
 * collection_rate (回款率, kpi-spec §4): collected / won amount over the same deals, the deals
 * won in P (signed 签约额 vs collected 回款额). A won deal with an empty collected amount is
 * unknown, so the reason asks for an explicit 0 where nothing has been collected yet.
 */
export function collectionRate(ctx: KpiContext): KpiValue {
  return mappedShareOfWon(ctx, {
    id: 'collection_rate',
    property: ctx.settings.propertyMapping.collectedAmount,
    mappingLabel: 'collected amount (回款额)',
    valueLabel: 'collected amount',
    total: 'collected',
  });
}
