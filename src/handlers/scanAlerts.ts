import type { FunnelAlert } from '../funnel/funnelAlerts';
import { isBreach } from '../funnel/funnelAlerts';
import type { ScanAlertsOutput } from './contracts/scanAlerts';
import { scanAlertsInputSchema, scanAlertsOutputSchema } from './contracts/scanAlerts';
import { alertKeyText } from './alertKey';
import type { AlertScanRun } from './alertScanRun';
import { raiseOrRefresh, resolveRecovered } from './alertScanRun';
import { evaluateFunnel } from './evaluateFunnel';
import { funnelRequest } from './funnelRequest';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import { runHandler } from './runHandler';
import { formatPeriod } from '../domain/period';

type Breach = FunnelAlert & { pair: { severity: 'warning' | 'critical' } };
const breachOnly = (alert: FunnelAlert): alert is Breach => isBreach(alert);

/**
 * scanAlerts (issue 4; kpi-spec §5 threshold alerts): every breach of every pipeline (or the
 * one named), per team and per rep in the caller's scope, becomes one HubSpot task for the
 * team's manager (directors when no single manager owns it). Idempotent through the alert
 * ledger: a second scan creates nothing new, a breach that worsens rewrites its task, one that
 * recovers completes it. Managers scan their teams; directors, admins and the system runner
 * (the backend's schedule, `kpi alerts scan`) every team. Each task is recorded in the ledger
 * as soon as HubSpot created it, so a scan cut short by a rate limit resumes without doubles.
 */
export function scanAlerts(input: unknown, deps: HandlerDeps): Promise<HandlerResult<ScanAlertsOutput>> {
  return runHandler({ input: scanAlertsInputSchema, output: scanAlertsOutputSchema }, input, async (request) => {
    const scope = await funnelRequest(deps, request);
    if (!scope.ok) return scope;
    const { context, teamIds, period, pipelines: all } = scope.value;
    const pipelines = request.pipelineId === undefined ? all : all.filter((p) => p.id === request.pipelineId);
    if (pipelines.length === 0) return handlerErr('not_found', `pipeline ${request.pipelineId ?? ''} was not found`);
    const label = formatPeriod(period);
    const open = await deps.ledger.listOpen(context.portal.id, label);
    const run: AlertScanRun = {
      crm: deps.crm,
      ledger: deps.ledger,
      context: context,
      period: label,
      open: new Map(open.map((entry) => [alertKeyText(entry), entry])),
      tally: { created: 0, updated: 0, resolved: 0, tasks: [] },
    };
    for (const pipeline of pipelines) {
      const evaluation = await evaluateFunnel(deps.crm, context, pipeline, period, teamIds);
      const breaches = evaluation.result.alerts.filter(breachOnly);
      for (const alert of breaches) await raiseOrRefresh(run, evaluation, alert);
      const keys = new Set(breaches.map((a) => alertKeyText({ pipelineId: pipeline.id, fromStageId: a.pair.from, toStageId: a.pair.to, groupType: a.group.kind, groupId: a.group.id })));
      await resolveRecovered(run, evaluation, keys);
    }
    return handlerOk({ ...run.tally, uiDomain: context.portal.uiDomain ?? null });
  });
}
