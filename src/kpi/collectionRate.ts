import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { knownWonAmount, ratioOrMissing, totalsOf, unknownOnWon, unmapped } from './kpiInputs';
import { labelOf } from './kpiPeriod';

/**
 * collection_rate (回款率, kpi-spec §4): collected / won amount over the same deals, the deals
 * won in P (signed 签约额 vs collected 回款额). A won deal with an empty collected amount is
 * unknown, so the reason asks for an explicit 0 where nothing has been collected yet.
 */
export function collectionRate(ctx: KpiContext): KpiValue {
  const id = 'collection_rate';
  const notMapped = unmapped(id, ctx.settings.propertyMapping.collectedAmount, 'collected amount (回款额)');
  if (notMapped) return notMapped;
  const t = totalsOf(ctx);
  const won = knownWonAmount(id, t, ctx.period);
  if (!won.ok) return won.error;
  const unknown = unknownOnWon(id, t.collectedUnknown, t, ctx.period, 'collected amount');
  if (unknown) return unknown;
  return ratioOrMissing(id, t.collected, won.value, `nothing was won in ${labelOf(ctx.period)}`);
}
