import type { ForecastSubmission } from '../domain/toForecastSubmission';
import type { Bounds } from '../domain/period';
import { inBounds, periodBounds, periodContaining } from '../domain/period';
import type { Deal, Goal, PortalData } from '../domain/portal';
import { scorecardWindow } from './scorecardWindow';
import { dealHistoryWindow } from '../domain/dealHistoryWindow';
import type { CrmPort, DealCardData, DealCardRequest, DealPropertyDefinition, FunnelDataRequest, PropertyOption, ScorecardDataRequest, TaskDraft, TaskPatch } from './crmPort';
import type { DefinedType } from './crmTransport';
import type { PropertyDefinition, Snapshot } from '../domain/snapshot';
import { STANDARD_DEAL_PROPERTIES } from './standardDealProperties';
import { goalFamilies } from '../kpi/revenueGoals';

/** A task the snapshot port "created": what a HubSpot task would hold, readable by tests and the CLI. */
export interface SnapshotTask extends TaskDraft {
  id: string;
  status: 'NOT_STARTED' | 'COMPLETED';
  /** How many times the task was updated after creation. */
  updates: number;
}

export interface SnapshotCrmPort extends CrmPort {
  readonly tasks: ReadonlyMap<string, SnapshotTask>;
  /** What a user deleting the task in HubSpot does. */
  deleteTask(id: string): void;
}

export interface SnapshotPortOptions {
  /** The portal's deal properties for the settings page; HubSpot's standard ones when absent. */
  dealProperties?: DealPropertyDefinition[];
  /** Enumeration properties' options by object type and property name; a property absent: its values are shown as they are. */
  propertyOptions?: Partial<Record<DefinedType, Record<string, PropertyOption[]>>>;
  /** The forecasts submitted in HubSpot's forecast tool; absent: HubSpot would not give any (null). */
  forecastSubmissions?: ForecastSubmission[];
}

/**
 * The CRM port over an in-memory portal (tests that compare handlers with the engine; offline
 * `kpi` use). It returns exactly the records the gateway's loaders would (same owners,
 * pipeline, windows and conditions as src/crm), so a handler that asks for too little fails
 * the comparison tests here rather than against HubSpot. The property mapping is the one
 * `data` was parsed with.
 */
export function crmPortFromSnapshot(data: PortalData, options: SnapshotPortOptions = {}): SnapshotCrmPort {
  const tasks = new Map<string, SnapshotTask>();
  let nextTaskId = 1;
  return {
    tasks,
    portal: async () => ({ ...data.portal }),
    roster: async () => ({ owners: data.owners, teams: data.teams }),
    pipelines: async () => data.pipelines,
    dealPropertyDefinitions: async () => options.dealProperties ?? STANDARD_DEAL_PROPERTIES,
    propertyOptions: async (objectType, name) => options.propertyOptions?.[objectType]?.[name] ?? [],
    propertyExists: async () => null,
    user: async (userId) => data.users?.find((u) => u.id === String(userId)) ?? null,
    scorecardData: async (request) => scorecardDataOf(data, request),
    goalFamilies: async (window) => goalFamilies(goalsIn(data.goals, window, (g) => g.userId !== null && data.owners.some((o) => o.userId === g.userId)) ?? []),
    funnelData: async (request) => funnelDataOf(data, request),
    dealCard: async (request) => {
      const deal = data.deals.find((d) => d.id === request.dealId);
      return deal === undefined ? null : dealCardOf(data, deal, request);
    },
    // A snapshot answers as if read now: the offline commands compute "as of" their --as-of.
    dataAsOf: () => null,
    createTask: async (draft) => {
      const id = String(nextTaskId++);
      tasks.set(id, { ...draft, id, status: 'NOT_STARTED', updates: 0 });
      return { id };
    },
    updateTask: async (id, patch: TaskPatch) => {
      const task = tasks.get(id);
      if (task === undefined) throw new Error(`task ${id} does not exist`);
      tasks.set(id, { ...task, ...patch, updates: task.updates + 1 });
    },
    existingTaskIds: async (ids) => new Set(ids.filter((id) => tasks.has(id))),
    tasksBySubject: async (ownerId, subject) =>
      [...tasks.values()].filter((t) => t.ownerId === ownerId && t.subject === subject).map((t) => ({ id: t.id, body: t.body, dueAt: t.dueAt })),
    forecastSubmissions: async () => options.forecastSubmissions ?? null,
    deleteTask: (id) => void tasks.delete(id),
  };
}

/** A snapshot's property definitions as the port's options (crmPortFromSnapshot `propertyOptions`). */
export function snapshotPropertyOptions(definitions: Snapshot['propertyDefinitions']): NonNullable<SnapshotPortOptions['propertyOptions']> {
  const byName = (list: readonly PropertyDefinition[] | undefined) => Object.fromEntries((list ?? []).map((d) => [d.name, (d.options ?? []).map(({ value, label }) => ({ value, label }))]));
  return { deals: byName(definitions?.deals), companies: byName(definitions?.companies) };
}

/** src/crm dealQuery funnelConditions: created before the window ends, and open or closed after it starts. */
const mayEnterStageIn = (d: Deal, w: Bounds): boolean =>
  d.createdAt !== null && d.createdAt < w.end && (d.outcome === 'open' || (d.closedAt !== null && d.closedAt >= w.start));

/** A scorecard's records out of a whole portal in memory (the snapshot and the mirror). */
/** src/crm dealQuery undatedClosedCondition: closed, no closedate at all (an unreadable one is a value), created before the window ends. */
const undatedClosed = (d: Deal, w: Bounds): boolean =>
  (d.outcome === 'won' || d.outcome === 'lost') && d.closedAt === null && !d.issues.some((i) => i.field === 'closedate') && d.createdAt !== null && d.createdAt < w.end;

export function scorecardDataOf(data: PortalData, request: ScorecardDataRequest): PortalData {
  const w = scorecardWindow(request.period, request.calendar, request.historyQuarters, request.comparison);
  const owners = new Set(request.ownerIds);
  const userIds = new Set(data.owners.filter((o) => owners.has(o.id) && o.userId !== null).map((o) => o.userId));
  const teams = new Set(request.teamIds);
  const deals = data.deals.filter(
    (d) => d.ownerId !== null && owners.has(d.ownerId) && (inBounds(d.closedAt, w) || undatedClosed(d, w) || (request.includeFunnel && mayEnterStageIn(d, w))),
  );
  const goals = goalsIn(data.goals, w, (g) => (g.userId !== null && userIds.has(g.userId)) || (g.teamId !== null && teams.has(g.teamId)));
  const meetings = data.meetings === null ? null : data.meetings.filter((m) => m.ownerId !== null && owners.has(m.ownerId) && inBounds(m.at, w));
  // The whole portal is at hand (a snapshot, the mirror): whether anyone ever logged a meeting is its length.
  const portal = data.meetings === null ? data.portal : { ...data.portal, meetingsLogged: data.portal.meetingsLogged ?? data.meetings.length > 0 };
  return { ...data, portal, deals, goals, meetings, users: null };
}

/** Funnel health's records out of a whole portal in memory. */
export function funnelDataOf(data: PortalData, request: FunnelDataRequest): PortalData {
  const w = periodBounds(request.period, request.calendar);
  const owners = new Set(request.ownerIds);
  const deals = data.deals.filter((d) => d.pipelineId === request.pipelineId && d.ownerId !== null && owners.has(d.ownerId) && mayEnterStageIn(d, w));
  return { ...data, deals, goals: null, meetings: null, users: null };
}

/** The deal card's records around `deal` out of a whole portal in memory (the mirror passes the deal read fresh). */
export function dealCardOf(data: PortalData, deal: Deal, request: DealCardRequest): DealCardData {
  const w = dealHistoryWindow(request.now, request.historyDays);
  const history = data.deals.filter((d) => d.pipelineId === deal.pipelineId && (d.outcome === 'won' || d.outcome === 'lost') && inBounds(d.closedAt, w));
  if (deal.ownerId === null) return { deal, history, ownerPeriod: null };
  const quarter = periodBounds(periodContaining('quarter', request.now, request.calendar), request.calendar);
  const owner = data.owners.find((o) => o.id === deal.ownerId);
  const won = data.deals.filter((d) => d.ownerId === deal.ownerId && d.outcome === 'won' && inBounds(d.closedAt, quarter));
  const goals = owner?.userId == null ? [] : goalsIn(data.goals, quarter, (g) => g.userId === owner.userId);
  return { deal, history, ownerPeriod: { ...data, deals: won, goals, meetings: null, users: null } };
}

/** Goals of the holders that overlap the window (goalQuota prorates partial overlaps), as goalSearchSpec asks HubSpot. */
function goalsIn(goals: Goal[] | null, w: Bounds, held: (g: Goal) => boolean): Goal[] | null {
  if (goals === null) return null;
  return goals.filter((g) => held(g) && g.startAt !== null && g.endAt !== null && g.startAt < w.end && g.endAt > w.start);
}
