import type { DataProblem } from '../domain/dataProblem';
import { dealProblems } from '../domain/dealProblems';
import { mayBelongTo } from '../domain/mayBelongTo';
import type { Bounds } from '../domain/period';
import type { Deal, Pipeline } from '../domain/portal';
import type { PropertyMapping } from '../domain/propertyMapping';

/** What a funnel reads of a deal (kpi-spec §5): its stage entries, create and close dates and outcome. */
const FUNNEL_FACETS = ['stages', 'createdate', 'closedate', 'outcome'] as const;

export interface ReadableFunnelDeals {
  deals: Deal[];
  /** The deals left out that could have entered a stage in the period, and why. */
  dataIssues: DataProblem[];
}

/**
 * The deals a funnel can read (kpi-spec §2): those whose stage entry times are out of funnel
 * order, unreadable, or in a pipeline or stage the portal does not have are left out of every
 * cohort, and the ones that could have counted in the period are named — so a funnel count
 * never changes without saying which deals moved it. A deal of another known pipeline is not
 * this funnel's to name; one whose pipeline is unknown could be.
 */
export function readableFunnelDeals(funnel: Pipeline, deals: readonly Deal[], pipelines: readonly Pipeline[], mapping: PropertyMapping, bounds: Bounds, now: number): ReadableFunnelDeals {
  const pipelinesById = new Map(pipelines.map((p) => [p.id, p]));
  const readable: Deal[] = [];
  const dataIssues: DataProblem[] = [];
  for (const deal of deals) {
    const spoiling = dealProblems(deal, pipelinesById, mapping).filter((p) => p.facets.some((f) => (FUNNEL_FACETS as readonly string[]).includes(f)));
    if (spoiling.length === 0) {
      readable.push(deal);
      continue;
    }
    const closeUnsure = spoiling.some((p) => p.facets.includes('closedate'));
    const mayBeInFunnel = deal.pipelineId === funnel.id || deal.pipelineId === null || !pipelinesById.has(deal.pipelineId);
    if (mayBeInFunnel && mayBelongTo(deal, bounds, { funnel: true, closeUnsure, now })) dataIssues.push(...spoiling.map((p) => p.problem));
  }
  return { deals: readable, dataIssues };
}
