import type { Period } from '../domain/period';
import type { Pipeline } from '../domain/portal';
import type { Result } from '../domain/result';
import type { HandlerError } from './contracts/common';
import { funnelTeamScope } from './funnelTeamScope';
import type { HandlerDeps } from './handlerDeps';
import { periodInput } from './periodInput';
import type { RequestContext } from './requestContext';
import { requestContext } from './requestContext';

export interface FunnelRequest {
  context: RequestContext;
  /** The teams the viewer may see, or the one asked for. */
  teamIds: string[];
  period: Period;
  /** The portal's deal pipelines in display order. */
  pipelines: Pipeline[];
}

/**
 * What a funnel request covers, shared by the Funnel health page and the alert scan so both
 * judge the same teams, period and pipelines for the same viewer (kpi-spec §5).
 */
export async function funnelRequest(deps: HandlerDeps, request: { teamId?: string; period?: string }): Promise<Result<FunnelRequest, HandlerError>> {
  const context = await requestContext(deps);
  if (!context.ok) return context;
  const teams = await funnelTeamScope(context.value, request.teamId);
  if (!teams.ok) return teams;
  const period = periodInput(request.period, context.value.calendar, context.value.now);
  if (!period.ok) return period;
  const pipelines = [...(await deps.crm.pipelines())].sort((a, b) => a.displayOrder - b.displayOrder);
  return { ok: true, value: { context: context.value, teamIds: teams.value, period: period.value, pipelines } };
}
