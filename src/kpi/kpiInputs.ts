import type { Period } from '../domain/period';
import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import type { KpiId } from './catalog';
import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing, kpiOk } from './kpiValue';
import { boundsOf, labelOf } from './kpiPeriod';
import type { PeriodTotals } from './periodTotals';
import { periodTotals } from './periodTotals';

/** The subject's totals for the context's period (or another, e.g. growth's comparison period). */
export function totalsOf(ctx: KpiContext, period: Period = ctx.period): PeriodTotals {
  return periodTotals(ctx.data, ctx.index, ctx.subject.ownerIds, boundsOf(period, ctx.calendar));
}

/**
 * Won amount in P (kpi-spec §4). A won deal without an amount is unknown, not 0: counting it
 * as 0 would understate revenue, attainment and every ratio built on them, and leaving it out
 * silently would hide that. So every revenue KPI is `insufficient_data` while any deal won in
 * P has no amount, and the reason says how many, so the owner can fix them in HubSpot.
 */
export function knownWonAmount(id: KpiId, t: Pick<PeriodTotals, 'wonCount' | 'wonAmount' | 'wonAmountUnknown'>, period: Period): Result<number, KpiValue> {
  if (t.wonAmountUnknown === 0) return ok(t.wonAmount);
  return err(
    kpiMissing(id, 'insufficient_data', `${t.wonAmountUnknown} of ${t.wonCount} deals won in ${labelOf(period)} have no amount; fill them in to count this KPI`),
  );
}

/** numerator / denominator, or insufficient_data with `whenZero` when the denominator is 0. */
export function ratioOrMissing(id: KpiId, numerator: number, denominator: number, whenZero: string): KpiValue {
  return denominator === 0 ? kpiMissing(id, 'insufficient_data', whenZero) : kpiOk(id, numerator / denominator);
}

/** not_configured when the admin has not mapped the deal property this KPI reads (kpi-spec §2). */
export function unmapped(id: KpiId, property: string | null, what: string): KpiValue | null {
  return property === null ? kpiMissing(id, 'not_configured', `map the deal property that holds the ${what} in the settings`) : null;
}

/** insufficient_data naming how many deals won in P lack a mapped value. */
export function unknownOnWon(id: KpiId, unknown: number, t: PeriodTotals, period: Period, what: string): KpiValue | null {
  if (unknown === 0) return null;
  return kpiMissing(id, 'insufficient_data', `${unknown} of ${t.wonCount} deals won in ${labelOf(period)} have no ${what}; enter 0 where there is none`);
}
