import type { Calendar, Period } from '../domain/period';
import { formatPeriod, monthsOf, parsePeriod } from '../domain/period';
import type { Quota } from '../settings/settingsSchema';
import type { SourceQuota } from './quotaSource';
import { NO_QUOTA, quotaAmount, quotaUnknown } from './quotaSource';

/** Whose quota: an owner's or a team's. */
export type QuotaHolder = { ownerId: string } | { teamId: string };

interface ParsedQuota {
  period: Period;
  amount: number;
  split: Quota['split'];
}

const byHolderCache = new WeakMap<readonly Quota[], Map<string, ParsedQuota[]>>();

const holderKey = (h: QuotaHolder): string => ('ownerId' in h ? `o:${h.ownerId}` : `t:${h.teamId}`);

/** The settings' quotas grouped by holder, parsed once per settings object. */
function quotasOf(quotas: readonly Quota[], holder: QuotaHolder): ParsedQuota[] {
  let byHolder = byHolderCache.get(quotas);
  if (byHolder === undefined) {
    byHolder = new Map();
    for (const q of quotas) {
      const period = parsePeriod(q.period);
      if (!period.ok) continue; // validateSettings refuses such labels; nothing to apply
      const key = q.ownerId !== undefined ? `o:${q.ownerId}` : `t:${q.teamId}`;
      const list = byHolder.get(key) ?? [];
      list.push({ period: period.value, amount: q.amount, split: q.split });
      byHolder.set(key, list);
    }
    byHolderCache.set(quotas, byHolder);
  }
  return byHolder.get(holderKey(holder)) ?? [];
}

const monthKey = (m: Period): number => m.year * 12 + m.index - 1;
const SPECIFICITY: Record<Period['kind'], number> = { month: 3, quarter: 2, year: 1 };
const samePeriod = (a: Period, b: Period): boolean => a.kind === b.kind && a.year === b.year && a.index === b.index;

/**
 * A quota's amount spread over its months: evenly, or by the 12 seasonality weights, which
 * are indexed by fiscal month (weight 0 is the fiscal year's first month). A quarter quota
 * with weights uses the weights of its three months; weights summing to 0 fall back to even.
 */
function monthlyShares(q: ParsedQuota, cal: Calendar): Map<number, number> {
  const months = monthsOf(q.period, cal);
  const weights = months.map((m) => (q.split === 'even' ? 1 : (q.split[(m.index - cal.fiscalYearStartMonth + 12) % 12] ?? 0)));
  const total = weights.reduce((a, b) => a + b, 0);
  const shares = new Map<number, number>();
  months.forEach((m, i) => shares.set(monthKey(m), total > 0 ? (q.amount * (weights[i] ?? 0)) / total : q.amount / months.length));
  return shares;
}

/**
 * The settings' quota for a holder and period (issue: quotas, kpi-spec §2 "annual target split
 * into quarters and months"). A quota for exactly the period wins. Otherwise each month of the
 * period takes its amount from the most specific quota covering it (a month quota, else its
 * quarter's share, else its year's share) and the months are summed. When only some months are
 * covered the target is unknown (summing the covered ones would understate it).
 * Several quotas for the same holder and period: the last one listed applies.
 */
export function settingsQuota(quotas: readonly Quota[], holder: QuotaHolder, period: Period, cal: Calendar): SourceQuota {
  const mine = quotasOf(quotas, holder);
  if (mine.length === 0) return NO_QUOTA;
  const exact = mine.filter((q) => samePeriod(q.period, period)).at(-1);
  if (exact !== undefined) return quotaAmount(exact.amount);
  const best = new Map<number, { specificity: number; amount: number }>();
  for (const q of mine) {
    for (const [month, amount] of monthlyShares(q, cal)) {
      const current = best.get(month);
      if (current === undefined || SPECIFICITY[q.period.kind] >= current.specificity) {
        best.set(month, { specificity: SPECIFICITY[q.period.kind], amount });
      }
    }
  }
  const months = monthsOf(period, cal);
  const missing = months.filter((m) => !best.has(monthKey(m)));
  if (missing.length === months.length) return NO_QUOTA;
  if (missing.length > 0) {
    return quotaUnknown(`the settings give a target for only part of ${formatPeriod(period)} (none for ${missing.map(formatPeriod).join(', ')})`);
  }
  return quotaAmount(months.reduce((sum, m) => sum + (best.get(monthKey(m))?.amount ?? 0), 0));
}
