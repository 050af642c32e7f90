import type { Bounds } from '../domain/period';
import type { Deal, PortalData } from '../domain/portal';
import type { PortalIndex } from './portalIndex';
import { memoOnIndex } from './memoOnIndex';

/**
 * Every sum the deal KPIs of kpi-spec §4 need for one subject and period, gathered once per
 * period for all owners (a scorecard asks for several KPIs of the same subject and period, and
 * every owner's scorecard for the same periods; a 1M-deal portal must not be scanned per KPI). "Unknown" counters keep the
 * deals whose value is missing so that no KPI silently reads them as zero (kpi-spec §2).
 * Deals with no closedate belong to no period and are left out (the snapshot parser has
 * already reported them as data issues).
 */
export interface PeriodTotals {
  wonCount: number;
  /** Σ amount of the won deals whose amount is known. */
  wonAmount: number;
  wonAmountUnknown: number;
  wonNewAmount: number;
  wonNewCount: number;
  /** Won deals with no dealtype: new or existing business cannot be told. */
  wonTypeUnknown: number;
  lostCount: number;
  /** Closed (won or lost) existing-business deals: value, lost value, amount unknown. */
  existingClosedAmount: number;
  existingLostAmount: number;
  existingAmountUnknown: number;
  /** Lost deals with no dealtype (churn cannot tell whether they were existing business). */
  lostTypeUnknown: number;
  collected: number;
  collectedUnknown: number;
  margin: number;
  marginUnknown: number;
  expense: number;
  expenseUnknown: number;
  /** Deals with closedate in P (any outcome) carrying a frozen forecast amount. */
  forecast: number;
  forecastDeals: number;
  /** Σ days createdate→closedate over won deals whose createdate is known. */
  cycleDays: number;
  cycleDeals: number;
  openCount: number;
  openAmount: number;
  openAmountUnknown: number;
  /** Σ open amount × stage probability; deals whose stage has no probability are counted apart. */
  openWeighted: number;
  openProbabilityUnknown: number;
}

const DAY_MS = 86_400_000;

const EMPTY: Readonly<PeriodTotals> = emptyTotals();

function emptyTotals(): PeriodTotals {
  return {
    wonCount: 0, wonAmount: 0, wonAmountUnknown: 0, wonNewAmount: 0, wonNewCount: 0, wonTypeUnknown: 0,
    lostCount: 0, existingClosedAmount: 0, existingLostAmount: 0, existingAmountUnknown: 0, lostTypeUnknown: 0,
    collected: 0, collectedUnknown: 0, margin: 0, marginUnknown: 0, expense: 0, expenseUnknown: 0,
    forecast: 0, forecastDeals: 0, cycleDays: 0, cycleDeals: 0,
    openCount: 0, openAmount: 0, openAmountUnknown: 0, openWeighted: 0, openProbabilityUnknown: 0,
  };
}

function addWon(t: PeriodTotals, d: Deal, closedAt: number): void {
  t.wonCount++;
  if (d.amount === null) t.wonAmountUnknown++;
  else t.wonAmount += d.amount;
  if (d.dealType === 'newbusiness') {
    t.wonNewCount++;
    if (d.amount !== null) t.wonNewAmount += d.amount;
  } else if (d.dealType === null) t.wonTypeUnknown++;
  if (d.collectedAmount === null) t.collectedUnknown++;
  else t.collected += d.collectedAmount;
  if (d.grossMargin === null) t.marginUnknown++;
  else t.margin += d.grossMargin;
  if (d.expense === null) t.expenseUnknown++;
  else t.expense += d.expense;
  if (d.createdAt !== null) {
    // Deals imported with a closedate before their createdate took no time to sell.
    t.cycleDays += Math.max(0, closedAt - d.createdAt) / DAY_MS;
    t.cycleDeals++;
  }
}

function addExisting(t: PeriodTotals, d: Deal, lost: boolean): void {
  if (d.dealType === null && lost) t.lostTypeUnknown++;
  if (d.dealType !== 'existingbusiness') return;
  if (d.amount === null) t.existingAmountUnknown++;
  else {
    t.existingClosedAmount += d.amount;
    if (lost) t.existingLostAmount += d.amount;
  }
}

function addOpen(t: PeriodTotals, d: Deal, index: PortalIndex): void {
  t.openCount++;
  if (d.amount === null) {
    t.openAmountUnknown++;
    return;
  }
  t.openAmount += d.amount;
  const probability = d.stageId === null ? null : (index.stagesById.get(d.stageId)?.probability ?? null);
  if (probability === null) t.openProbabilityUnknown++;
  else t.openWeighted += d.amount * probability;
}

function addDeal(t: PeriodTotals, d: Deal, index: PortalIndex): void {
  if (d.forecastAmount !== null) {
    t.forecast += d.forecastAmount;
    t.forecastDeals++;
  }
  if (d.outcome === 'won') {
    addWon(t, d, d.closedAt as number);
    addExisting(t, d, false);
  } else if (d.outcome === 'lost') {
    t.lostCount++;
    addExisting(t, d, true);
  } else if (d.outcome === 'open') addOpen(t, d, index);
}

/** Adds b into a: every field is a count or a sum, so the totals of a team are the sum of its owners'. */
function addInto(a: PeriodTotals, b: PeriodTotals): void {
  for (const key in b) a[key as keyof PeriodTotals] += b[key as keyof PeriodTotals];
}

/**
 * Every owner's totals for one period, from ONE pass over the deals in storage order. Reading
 * the deals owner by owner would jump across the heap (an owner's deals are spread among
 * everyone else's), which on a 1M-deal portal costs far more than this sequential pass.
 */
function totalsByOwner(data: PortalData, index: PortalIndex, bounds: Bounds): Map<string, PeriodTotals> {
  const key = `${bounds.start}|${bounds.end}`;
  return memoOnIndex(index, 'totalsByOwner', key, () => {
    const byOwner = new Map<string, PeriodTotals>();
    const { start, end } = bounds;
    for (const d of data.deals) {
      const at = d.closedAt;
      if (at === null || at < start || at >= end || d.ownerId === null) continue;
      let t = byOwner.get(d.ownerId);
      if (t === undefined) byOwner.set(d.ownerId, (t = emptyTotals()));
      addDeal(t, d, index);
    }
    return byOwner;
  });
}

/** The totals of the subject's deals with closedate in `bounds` (owners summed, kept per index). */
export function periodTotals(data: PortalData, index: PortalIndex, ownerIds: readonly string[], bounds: Bounds): PeriodTotals {
  const byOwner = totalsByOwner(data, index, bounds);
  if (ownerIds.length === 1) return byOwner.get(ownerIds[0] as string) ?? EMPTY;
  const key = `${bounds.start}|${bounds.end}|${ownerIds.join(',')}`;
  return memoOnIndex(index, 'periodTotals', key, () => {
    const sum = emptyTotals();
    for (const ownerId of new Set(ownerIds)) {
      const t = byOwner.get(ownerId);
      if (t !== undefined) addInto(sum, t);
    }
    return sum;
  });
}
