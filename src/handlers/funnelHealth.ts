import { dataAsOf } from './dataAsOf';
import { isBreach } from '../funnel/funnelAlerts';
import type { FunnelHealthOutput } from './contracts/funnelHealth';
import { funnelHealthInputSchema, funnelHealthOutputSchema } from './contracts/funnelHealth';
import { alertKeyText } from './alertKey';
import type { FunnelEvaluation } from './evaluateFunnel';
import { evaluateFunnel, pickPipeline } from './evaluateFunnel';
import { byWorstGap, funnelPairDto, worstGap } from './funnelPairDto';
import { funnelRequest } from './funnelRequest';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import type { RequestContext } from './requestContext';
import { runHandler } from './runHandler';
import { settingsFallbackDto } from './settingsVersionDto';

/**
 * funnelHealth (kpi-spec §5): the cohort conversion of every step pair of one
 * pipeline for each team the viewer may see and for each of their reps, with severities;
 * reps ranked by how far their worst pair falls under its threshold; the breaches (warning,
 * critical) as alerts, with the HubSpot task the alert scan made for each, if any.
 */
export function funnelHealth(input: unknown, deps: HandlerDeps): Promise<HandlerResult<FunnelHealthOutput>> {
  return runHandler({ input: funnelHealthInputSchema, output: funnelHealthOutputSchema }, input, async (request) => {
    const scope = await funnelRequest(deps, request);
    if (!scope.ok) return scope;
    const { context, teamIds, period, pipelines } = scope.value;
    const pipeline = pickPipeline(pipelines, request.pipelineId);
    if (pipeline === null) return handlerErr('not_found', request.pipelineId === undefined ? 'the portal has no deal pipelines' : `pipeline ${request.pipelineId} was not found`);
    const evaluation = await evaluateFunnel(deps.crm, context, pipeline, period, teamIds);
    const open = await deps.ledger.listOpen(context.portal.id, evaluation.period);
    const taskIds = new Map(open.map((entry) => [alertKeyText(entry), entry.taskId]));
    return handlerOk({
      uiDomain: context.portal.uiDomain ?? null,
      dataAsOf: dataAsOf(deps),
      pipeline: { id: pipeline.id, label: pipeline.label },
      pipelines: pipelines.map((p) => ({ id: p.id, label: p.label })),
      period: evaluation.period,
      ...groupsOf(evaluation, context),
      alerts: evaluation.result.alerts.filter(isBreach).map((alert) => ({
        group: { ...alert.group, name: groupName(alert.group, context) },
        pair: funnelPairDto(alert.pair, evaluation.steps),
        taskId: taskIds.get(alertKeyText({ pipelineId: pipeline.id, fromStageId: alert.pair.from, toStageId: alert.pair.to, groupType: alert.group.kind, groupId: alert.group.id })) ?? null,
      })),
      complete: evaluation.dataIssues.length === 0,
      dataIssues: evaluation.dataIssues,
      settingsFallback: settingsFallbackDto(context.settings),
    });
  });
}

function groupsOf(evaluation: FunnelEvaluation, context: RequestContext): Pick<FunnelHealthOutput, 'teams' | 'reps'> {
  const { groups } = evaluation.result;
  const minSample = context.settings.settings.funnel.minSample;
  const pairsOf = (kind: 'team' | 'owner', id: string) => groups.find((g) => g.kind === kind && g.id === id)?.pairs ?? [];
  const teams = evaluation.scope.teams.map((t) => ({ id: t.id, name: groupName(t, context), pairs: pairsOf('team', t.id).map((p) => funnelPairDto(p, evaluation.steps)) }));
  const reps = evaluation.scope.reps
    .map((r) => {
      const pairs = pairsOf('owner', r.id);
      return { ownerId: r.id, name: groupName(r, context), teamId: r.teamId, pairs: pairs.map((p) => funnelPairDto(p, evaluation.steps)), worstGap: worstGap(pairs, minSample) };
    })
    .sort(byWorstGap);
  return { teams, reps };
}

export function groupName(group: { kind: 'team' | 'owner'; id: string }, context: Pick<RequestContext, 'roster'>): string {
  if (group.kind === 'team') return context.roster.teams.find((t) => t.id === group.id)?.name ?? `Team ${group.id}`;
  return context.roster.owners.find((o) => o.id === group.id)?.name ?? `Owner ${group.id}`;
}
