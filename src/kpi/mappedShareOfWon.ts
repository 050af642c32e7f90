import type { KpiId } from './catalog';
import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { knownWonAmount, ratioOrMissing, totalsOf, unknownOnWon, unmapped } from './kpiInputs';
import { labelOf } from './kpiPeriod';

/** The won-deal totals of a mapped deal property (periodTotals.ts). */
export type MappedTotal = 'collected' | 'margin' | 'expense';

export interface MappedShare {
  id: KpiId;
  /** The deal property the admin mapped, null while unmapped. */
  property: string | null;
  /** What the property holds, for the not_configured reason. */
  mappingLabel: string;
  /** What a won deal lacks when its value is empty, for the insufficient_data reason. */
  valueLabel: string;
  total: MappedTotal;
}

/**
 * Σ mapped value / Σ amount over the deals won in P: the shape of collection_rate,
 * gross_margin_rate and expense_ratio (kpi-spec §4). Unmapped is not_configured (§2); an
 * unknown amount or an empty mapped value on any won deal is insufficient_data, never 0,
 * since either would bend the ratio without saying so.
 */
export function mappedShareOfWon(ctx: KpiContext, share: MappedShare): KpiValue {
  const notMapped = unmapped(share.id, share.property, share.mappingLabel);
  if (notMapped) return notMapped;
  const t = totalsOf(ctx);
  const won = knownWonAmount(share.id, t, ctx.period);
  if (!won.ok) return won.error;
  const unknown = unknownOnWon(share.id, t[`${share.total}Unknown`], t, ctx.period, share.valueLabel);
  if (unknown) return unknown;
  return ratioOrMissing(share.id, t[share.total], won.value, `nothing was won in ${labelOf(ctx.period)}`);
}
