import type { DataProblem } from '../domain/dataProblem';
import type { Bounds } from '../domain/period';
import { previousPeriod, samePeriodLastYear } from '../domain/period';
import { mayBelongTo } from '../domain/mayBelongTo';
import type { KpiId } from './catalog';
import { computeKpi } from './computeKpi';
import type { KpiContext } from './kpiContext';
import { boundsOf } from './kpiPeriod';
import { kpiReads, readsComparisonPeriod } from './kpiReads';
import type { KpiValue } from './kpiValue';
import { problemDeals, readableView, spoils } from './problemsOnIndex';

export interface ReadableKpi {
  value: KpiValue;
  /** The records left out of this KPI for the period because they cannot be read; empty: complete. */
  dataIssues: DataProblem[];
}

/**
 * A KPI over the readable records only (kpi-spec §2): deals whose data problems spoil an input
 * the KPI reads are left out, and those that could belong to the subject's period are named,
 * so that the KPI is marked incomplete instead of moving silently. A deal whose close date
 * cannot be trusted could belong to any period from its creation to now, so it is named on
 * each of them: nobody can tell which quarter it belongs to until it is fixed.
 */
export function computeReadableKpi(id: KpiId, ctx: KpiContext): ReadableKpi {
  const reads = kpiReads(id);
  const mapping = ctx.settings.propertyMapping;
  const problems = reads.facets.length === 0 ? [] : problemDeals(ctx.data, ctx.index, mapping);
  if (problems.length === 0) return { value: computeKpi(id, ctx), dataIssues: [] };
  const view = readableView(ctx.data, ctx.index, mapping, reads.facets);
  const value = computeKpi(id, view.data === ctx.data ? ctx : { ...ctx, data: view.data, index: view.index });
  const owners = scopeOwners(id, ctx);
  const periods = periodsRead(id, ctx);
  const dataIssues: DataProblem[] = [];
  for (const { deal, problems: list } of problems) {
    if (deal.ownerId === null || !owners.has(deal.ownerId) || deal.outcome === null || !reads.outcomes.includes(deal.outcome)) continue;
    const spoiling = list.filter((p) => spoils(p, reads.facets));
    if (spoiling.length === 0) continue;
    const closeUnsure = list.some((p) => p.facets.includes('closedate'));
    if (!periods.some((b) => mayBelongTo(deal, b, { funnel: reads.funnel, closeUnsure, now: ctx.now }))) continue;
    for (const p of spoiling) dataIssues.push(p.problem);
  }
  return { value, dataIssues };
}

/** The owners whose deals the KPI reads: the subject's, and for team attainment on a rep's card their teams'. */
function scopeOwners(id: KpiId, ctx: KpiContext): Set<string> {
  const owners = new Set(ctx.subject.ownerIds);
  if (id !== 'team_attainment' || ctx.subject.kind !== 'owner' || ctx.subject.id === null) return owners;
  const teamIds = ctx.subject.teamIds.length > 0 ? ctx.subject.teamIds : (ctx.index.ownersById.get(ctx.subject.id)?.teamIds ?? []);
  for (const teamId of teamIds) for (const member of ctx.index.teamsById.get(teamId)?.memberOwnerIds ?? []) owners.add(member);
  return owners;
}

function periodsRead(id: KpiId, ctx: KpiContext): Bounds[] {
  const own = boundsOf(ctx.period, ctx.calendar);
  if (!readsComparisonPeriod(id)) return [own];
  const comparison = ctx.settings.growthComparison === 'previous_period' ? previousPeriod(ctx.period) : samePeriodLastYear(ctx.period);
  return [own, boundsOf(comparison, ctx.calendar)];
}
