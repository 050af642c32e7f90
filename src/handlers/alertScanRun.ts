import type { FunnelAlert } from '../funnel/funnelAlerts';
import type { AlertEntry, AlertEntryInput, AlertLedger } from '../store/alertLedger';
import type { ScanAlertsOutput } from './contracts/scanAlerts';
import { alertAssignee } from './alertAssignee';
import { alertKeyOf, alertKeyText } from './alertKey';
import type { AlertSubjectOf, TaskLanguage } from './alertTaskText';
import { alertBody, alertSubject, recoveryBody } from './alertTaskText';
import type { FunnelEvaluation } from './evaluateFunnel';
import { groupName } from './funnelHealth';
import { funnelPairDto } from './funnelPairDto';
import type { CrmPort } from '../crm/crmPort';
import type { RequestContext } from './requestContext';

/** One scan's state: the ledger's open entries of the period, and what the scan did so far. */
export interface AlertScanRun {
  crm: CrmPort;
  ledger: AlertLedger;
  context: RequestContext;
  period: string;
  open: Map<string, AlertEntry>;
  /** Whether HubSpot still has each ledger task asked about so far (see liveTasks). */
  taskAlive: Map<string, boolean>;
  tally: ScanAlertsOutput;
  /** The language the tasks are written in: the viewer's who runs the scan. */
  language: TaskLanguage;
}

/** Tasks are due three days after the scan: soon enough to act on this period's cohorts. */
const DUE_IN_MS = 3 * 86_400_000;
/** A rate must fall by a full percentage point below what the task says before the task is rewritten. */
export const WORSEN_STEP = 0.01;

const RANK = { info: 0, warning: 1, critical: 2 } as const;

/** Worse than what the task reports: a higher severity, or a rate at least WORSEN_STEP lower. */
export function worsened(entry: Pick<AlertEntry, 'severity' | 'rate'>, pair: { severity: 'warning' | 'critical'; rate: number | null }): boolean {
  if (RANK[pair.severity] > RANK[entry.severity]) return true;
  return pair.rate !== null && entry.rate !== null && entry.rate - pair.rate >= WORSEN_STEP;
}

async function upsert(ledger: AlertLedger, entry: AlertEntryInput): Promise<void> {
  const written = await ledger.upsert(entry);
  if (!written.ok) throw new Error(`the alert ledger refused an entry: ${written.error.message}`);
}

function textOf(run: AlertScanRun, evaluation: FunnelEvaluation, group: FunnelAlert['group']): Omit<AlertSubjectOf, 'pair' | 'firstPair'> {
  const { roster } = run.context;
  const teamId = group.kind === 'owner' ? evaluation.scope.reps.find((r) => r.id === group.id)?.teamId : undefined;
  const teamName = teamId === undefined ? null : groupName({ kind: 'team', id: teamId }, run.context);
  return { groupKind: group.kind, groupName: groupName(group, { roster }), teamName, pipelineLabel: evaluation.pipeline.label, period: run.period, language: run.language };
}

/**
 * One breach (kpi-spec §5, warning or critical): a new HubSpot task the first time it is seen
 * (or again after it had recovered), the same task rewritten when it has worsened, nothing but
 * the ledger's lastSeenAt otherwise — so a second scan creates nothing new.
 */
export async function raiseOrRefresh(run: AlertScanRun, evaluation: FunnelEvaluation, alert: FunnelAlert & { pair: { severity: 'warning' | 'critical' } }): Promise<void> {
  const { context } = run;
  const key = alertKeyOf(context.portal.id, run.period, evaluation.pipeline.id, alert.group, alert.pair);
  const existing = await liveEntry(run, run.open.get(alertKeyText(key)) ?? (await openEntryByKey(run, key)));
  const pair = funnelPairDto(alert.pair, evaluation.steps);
  const text: AlertSubjectOf = { ...textOf(run, evaluation, alert.group), pair, firstPair: evaluation.steps[0]?.id === pair.from };
  const assignee = alertAssignee(alert.group, context.roster, context.settings.settings);
  const priority = alert.pair.severity === 'critical' ? 'HIGH' : 'MEDIUM';
  const seen = { severity: alert.pair.severity, rate: pair.rate, n: pair.entered, lastSeenAt: context.now, resolvedAt: null };
  if (existing !== undefined && existing.taskId !== null) {
    if (!worsened(existing, alert.pair)) return upsert(run.ledger, { ...existing, lastSeenAt: context.now });
    await run.crm.updateTask(existing.taskId, { subject: alertSubject(text), body: alertBody(text, assignee), priority, status: 'NOT_STARTED' });
    run.tally.updated += 1;
    return upsert(run.ledger, { ...key, taskId: existing.taskId, ...seen });
  }
  const subject = alertSubject(text);
  const task = await run.crm.createTask({ subject, body: alertBody(text, assignee), ownerId: assignee.ownerId, dueAt: context.now + DUE_IN_MS, priority });
  await upsert(run.ledger, { ...key, taskId: task.id, ...seen });
  run.tally.created += 1;
  run.tally.tasks.push({ id: task.id, subject });
}

/**
 * The ledger's entry, checked against HubSpot: a task a user deleted, or one that never existed
 * in this CRM (the ledger outlived a portal reset), would otherwise keep the breach "handled"
 * with a link to nothing. Such an entry counts as absent, so the breach gets a new task.
 */
async function liveEntry(run: AlertScanRun, entry: AlertEntry | undefined): Promise<AlertEntry | undefined> {
  if (entry === undefined || entry.taskId === null) return entry;
  return (await taskAlive(run, entry.taskId)) ? entry : undefined;
}

/**
 * Asks HubSpot which of the ledger's tasks it still has, in batches of 100 rather than one
 * request per alert, and remembers the answers for the rest of the scan.
 */
export async function liveTasks(run: AlertScanRun, taskIds: readonly string[]): Promise<void> {
  const unknown = [...new Set(taskIds)].filter((id) => !run.taskAlive.has(id));
  if (unknown.length === 0) return;
  const alive = await run.crm.existingTaskIds(unknown);
  for (const id of unknown) run.taskAlive.set(id, alive.has(id));
}

async function taskAlive(run: AlertScanRun, taskId: string): Promise<boolean> {
  await liveTasks(run, [taskId]);
  return run.taskAlive.get(taskId) === true;
}

/**
 * The open list comes from a search, and HubSpot's search index trails writes by a few
 * seconds: a scan run right after another may not list the entry the first one wrote. A
 * direct read by key is consistent at once, so a breach is looked up by key before a second
 * task is created for it. A resolved entry counts as absent (the breach came back).
 */
async function openEntryByKey(run: AlertScanRun, key: Parameters<AlertScanRun['ledger']['get']>[0]) {
  const entry = await run.ledger.get(key);
  return entry !== null && entry.resolvedAt === null ? entry : undefined;
}

/**
 * The open ledger entries of this pipeline and these groups that are no longer breaches: their
 * task is completed with a note of the pair as it is now, and the entry resolved. Entries of
 * groups outside this scan's scope (another manager's team) are left alone; an entry whose task
 * is gone from HubSpot is resolved without one.
 */
export async function resolveRecovered(run: AlertScanRun, evaluation: FunnelEvaluation, breachKeys: ReadonlySet<string>): Promise<void> {
  const groups = evaluation.result.groups;
  for (const entry of run.open.values()) {
    if (entry.pipelineId !== evaluation.pipeline.id || breachKeys.has(alertKeyText(entry))) continue;
    const group = groups.find((g) => g.kind === entry.groupType && g.id === entry.groupId);
    if (group === undefined) continue;
    const now = group.pairs.find((p) => p.from === entry.fromStageId && p.to === entry.toStageId);
    const pair = now === undefined ? null : funnelPairDto(now, evaluation.steps);
    const label = (id: string) => evaluation.steps.find((s) => s.id === id)?.label ?? id;
    if (entry.taskId !== null && (await taskAlive(run, entry.taskId))) {
      const body = recoveryBody({ ...textOf(run, evaluation, { kind: group.kind, id: group.id }), pair, fromLabel: label(entry.fromStageId), toLabel: label(entry.toStageId) });
      await run.crm.updateTask(entry.taskId, { status: 'COMPLETED', body });
    }
    await upsert(run.ledger, { ...entry, lastSeenAt: run.context.now, resolvedAt: run.context.now });
    run.open.delete(alertKeyText(entry));
    run.tally.resolved += 1;
  }
}
