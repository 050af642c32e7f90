import { nextDealEffect } from '../commission/nextDealEffect';
import type { Bounds, Calendar, Period } from '../domain/period';
import { formatPeriod } from '../domain/period';
import type { Deal, PortalData } from '../domain/portal';
import { kpiReads } from '../kpi/kpiReads';
import { portalIndexOf } from '../kpi/portalIndex';
import { readableView } from '../kpi/problemsOnIndex';
import { periodTotals } from '../kpi/periodTotals';
import { quotaFor } from '../kpi/quotaFor';
import type { Settings } from '../settings/settingsSchema';
import type { DealKpisOutput } from './contracts/dealKpis';

export interface DealImpactInput {
  deal: Deal & { ownerId: string };
  /** The owner's deals closing in the period, and the goals. */
  data: PortalData;
  settings: Settings;
  calendar: Calendar;
  period: Period;
  bounds: Bounds;
}

/**
 * What closing the deal at its amount does for its owner this period (kpi-spec §4
 * revenue_attainment, §7 next-deal effect). Unknowns stay unknown, with the reason: a won
 * deal without an amount makes "won so far" incomplete, so attainment and commission are
 * not shown (wonSoFar then counts only the known amounts); no target means no attainment,
 * and no commission when the tiers are shares of target. A deal already closed adds nothing.
 * Won deals with data problems (kpi-spec §2: an amount that is not a number or negative) are
 * left out of won so far, as on the scorecard, and the reason says how many.
 */
export function dealImpact(input: DealImpactInput): NonNullable<DealKpisOutput['impact']> {
  const { deal, settings } = input;
  const all = portalIndexOf(input.data);
  const view = readableView(input.data, all, settings.propertyMapping, kpiReads('revenue_attainment').facets);
  const { data, index } = view;
  const leftOut = input.data.deals.length - data.deals.length;
  const subject = { kind: 'owner' as const, id: deal.ownerId, ownerIds: [deal.ownerId], teamIds: [] };
  const quota = quotaFor(subject, input.period, { data, index, settings, calendar: input.calendar });
  const target = quota.amount !== null && quota.amount > 0 ? quota.amount : null;
  const totals = periodTotals(data, index, [deal.ownerId], input.bounds);
  const reasons: string[] = [];
  if (target === null) reasons.push(quota.reason ?? `the target for ${formatPeriod(input.period)} is 0`);
  if (leftOut > 0) reasons.push(`${leftOut} won ${leftOut === 1 ? 'deal' : 'deals'} of ${formatPeriod(input.period)} could not be read and ${leftOut === 1 ? 'is' : 'are'} left out of won so far (run kpi doctor)`);
  const added = addedRevenue(deal, reasons);
  const base = { period: formatPeriod(input.period), quota: quota.amount, wonSoFar: totals.wonAmount };
  if (totals.wonAmountUnknown > 0) {
    reasons.unshift(`${totals.wonAmountUnknown} of ${totals.wonCount} deals won in ${base.period} have no amount, so won so far is incomplete`);
    return { ...base, attainmentNow: null, attainmentAfter: null, commission: null, reason: reasons.join('; ') };
  }
  const won = totals.wonAmount;
  const attainmentNow = target === null ? null : won / target;
  const attainmentAfter = target === null || added === null ? null : (won + added) / target;
  return { ...base, attainmentNow, attainmentAfter, commission: commissionOf(input, won, added, target, reasons), reason: reasons.length > 0 ? reasons.join('; ') : null };
}

function addedRevenue(deal: Deal, reasons: string[]): number | null {
  if (deal.outcome === 'won' || deal.outcome === 'lost') {
    reasons.push(`the deal is already ${deal.outcome}, so closing it changes nothing`);
    return 0;
  }
  if (deal.amount === null) {
    reasons.push('the deal has no amount');
    return null;
  }
  return deal.amount;
}

function commissionOf(input: DealImpactInput, won: number, added: number | null, target: number | null, reasons: string[]): { now: number; after: number; added: number } | null {
  if (added === null) return null;
  const effect = nextDealEffect(won, added, target, input.settings.commission);
  if (!effect.ok) {
    reasons.push(effect.error);
    return null;
  }
  return { now: effect.value.commissionNow, after: effect.value.commissionAfter, added: effect.value.commissionAdded };
}
