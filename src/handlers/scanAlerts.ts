import type { FunnelAlert } from '../funnel/funnelAlerts';
import { isBreach } from '../funnel/funnelAlerts';
import type { ScanAlertsOutput } from './contracts/scanAlerts';
import { scanAlertsInputSchema, scanAlertsOutputSchema } from './contracts/scanAlerts';
import { alertKeyText } from './alertKey';
import type { AlertScanRun } from './alertScanRun';
import { liveTasks, raiseOrRefresh, resolveRecovered } from './alertScanRun';
import { evaluateFunnel } from './evaluateFunnel';
import { funnelRequest } from './funnelRequest';
import type { HandlerDeps } from './handlerDeps';
import { isSystemRunner } from './handlerDeps';
import type { TaskLanguage } from './alertTaskText';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import { runHandler } from './runHandler';
import { randomUUID } from 'node:crypto';
import { formatPeriod } from '../domain/period';
import type { Pipeline } from '../domain/portal';
import type { FunnelRequest } from './funnelRequest';

type Breach = FunnelAlert & { pair: { severity: 'warning' | 'critical' } };
const breachOnly = (alert: FunnelAlert): alert is Breach => isBreach(alert);


/**
 * Tasks are written in the language of whoever runs the scan (a manager's zh-CN locale gives
 * Chinese subjects and bodies); the scheduled scan has no locale and writes English. One
 * language per task, never both mixed in one line.
 */
export function taskLanguage(viewer: HandlerDeps['viewer']): TaskLanguage {
  return !isSystemRunner(viewer) && /^zh(\b|[-_])/i.test(viewer.locale) ? 'zh' : 'en';
}
/**
 * scanAlerts (kpi-spec §5 threshold alerts): every breach of every pipeline (or the
 * one named), per team and per rep in the caller's scope, becomes one HubSpot task for the
 * team's manager (directors when no single manager owns it). Idempotent through the alert
 * ledger: a second scan creates nothing new, a breach that worsens rewrites its task, one that
 * recovers completes it. Managers scan their teams; directors, admins and the system runner
 * (the backend's schedule, `kpi alerts scan`) every team. Each task is recorded in the ledger
 * as soon as HubSpot created it, so a scan cut short by a rate limit resumes without doubles;
 * one scan per portal runs at a time (the store's ScanLock), so two started together never
 * raise the same task twice.
 */
export function scanAlerts(input: unknown, deps: HandlerDeps): Promise<HandlerResult<ScanAlertsOutput>> {
  return runHandler({ input: scanAlertsInputSchema, output: scanAlertsOutputSchema }, input, async (request) => {
    const scope = await funnelRequest(deps, request);
    if (!scope.ok) return scope;
    const { context, pipelines: all } = scope.value;
    const pipelines = request.pipelineId === undefined ? all : all.filter((p) => p.id === request.pipelineId);
    if (pipelines.length === 0) return handlerErr('not_found', `pipeline ${request.pipelineId ?? ''} was not found`);
    const holder = randomUUID();
    if (deps.scanLock !== undefined && !(await deps.scanLock.acquire(context.portal.id, holder, SCAN_LEASE_MS))) {
      return handlerErr('conflict', 'an alert scan is already running for this portal; its tasks will appear when it ends');
    }
    try {
      return handlerOk(await scanPipelines(deps, scope.value, pipelines));
    } finally {
      await deps.scanLock?.release(context.portal.id, holder);
    }
  });
}

/** Longer than any scan takes; a scan whose process died frees the portal when it ends. */
const SCAN_LEASE_MS = 10 * 60_000;

async function scanPipelines(deps: HandlerDeps, scope: FunnelRequest, pipelines: readonly Pipeline[]): Promise<ScanAlertsOutput> {
  const { context, teamIds, period } = scope;
  const label = formatPeriod(period);
  const open = await deps.ledger.listOpen(context.portal.id, label);
  const run: AlertScanRun = {
    crm: deps.crm,
    ledger: deps.ledger,
    context: context,
    period: label,
    open: new Map(open.map((entry) => [alertKeyText(entry), entry])),
    taskAlive: new Map(),
    tally: { created: 0, updated: 0, resolved: 0, tasks: [] },
    language: taskLanguage(deps.viewer),
  };
  await liveTasks(run, open.flatMap((entry) => (entry.taskId === null ? [] : [entry.taskId])));
  for (const pipeline of pipelines) {
    const evaluation = await evaluateFunnel(deps.crm, context, pipeline, period, teamIds);
    const breaches = evaluation.result.alerts.filter(breachOnly);
    for (const alert of breaches) await raiseOrRefresh(run, evaluation, alert);
    const keys = new Set(breaches.map((a) => alertKeyText({ pipelineId: pipeline.id, fromStageId: a.pair.from, toStageId: a.pair.to, groupType: a.group.kind, groupId: a.group.id })));
    await resolveRecovered(run, evaluation, keys);
  }
  return { ...run.tally, uiDomain: context.portal.uiDomain ?? null };
}
