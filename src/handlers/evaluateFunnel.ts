import type { Period } from '../domain/period';
import { formatPeriod, periodBounds } from '../domain/period';
import type { DataProblem } from '../domain/dataProblem';
import type { Pipeline } from '../domain/portal';
import { readableFunnelDeals } from '../funnel/readableFunnelDeals';
import type { FunnelAlertsResult } from '../funnel/funnelAlerts';
import { funnelAlerts } from '../funnel/funnelAlerts';
import type { FunnelStep } from '../funnel/funnelSteps';
import { funnelSteps } from '../funnel/funnelSteps';
import type { FunnelScope } from './funnelGroups';
import { funnelGroups } from './funnelGroups';
import type { CrmPort } from '../crm/crmPort';
import type { RequestContext } from './requestContext';

export interface FunnelEvaluation {
  pipeline: Pipeline;
  steps: FunnelStep[];
  period: string;
  scope: FunnelScope;
  /** groups: the teams first, then the reps, in scope order. */
  result: FunnelAlertsResult;
  /** The deals left out because they cannot be read (src/funnel readableFunnelDeals). */
  dataIssues: DataProblem[];
}

/**
 * The cohort funnels of one pipeline and period for some teams and their reps (kpi-spec §5),
 * shared by funnelHealth and scanAlerts so the page and the tasks always agree. Only the
 * pipeline's deals of the teams' members that entered a stage (or closed) in the period are read.
 */
export async function evaluateFunnel(crm: CrmPort, context: RequestContext, pipeline: Pipeline, period: Period, teamIds: readonly string[]): Promise<FunnelEvaluation> {
  const { settings, roster, calendar, now } = context;
  const scope = funnelGroups(teamIds, roster, settings.settings);
  const bounds = periodBounds(period, calendar);
  const ownerIds = [...new Set(scope.teams.flatMap((t) => t.ownerIds))];
  const data = await crm.funnelData({ pipelineId: pipeline.id, ownerIds, period, calendar, mapping: settings.settings.propertyMapping });
  const readable = readableFunnelDeals(pipeline, data.deals, data.pipelines, settings.settings.propertyMapping, bounds, now);
  const result = funnelAlerts({ pipeline, deals: readable.deals, bounds, now, funnel: settings.settings.funnel, groups: [...scope.teams, ...scope.reps] });
  return { pipeline, steps: funnelSteps(pipeline), period: formatPeriod(period), scope, result, dataIssues: readable.dataIssues };
}

/** The pipeline asked for, else the first HubSpot lists (display order). */
export function pickPipeline(pipelines: readonly Pipeline[], pipelineId: string | undefined): Pipeline | null {
  if (pipelineId !== undefined) return pipelines.find((p) => p.id === pipelineId) ?? null;
  return [...pipelines].sort((a, b) => a.displayOrder - b.displayOrder)[0] ?? null;
}
