import type { CrmGateway } from './createCrmGateway';
import { loadDealCard } from './loadDealCard';
import { loadFunnelHealth } from './loadFunnelHealth';
import { loadOwnerScorecard } from './loadOwnerScorecard';
import { taskObjectInput } from './taskInput';
import type { Bounds } from '../domain/period';
import { inBounds } from '../domain/period';
import type { PortalData } from '../domain/portal';
import { dealHistoryWindow } from '../domain/dealHistoryWindow';
import type { CrmObject } from '../domain/snapshot';
import type { CrmPort, DealCardData, FoundTask, PortalInfo, TaskDraft, TaskPatch } from './crmPort';
import { portalInfoOf } from './portalInfoOf';
import { goalFamilies } from '../kpi/revenueGoals';
import { FORECAST_SUBMISSION_PROPERTIES, toForecastSubmission } from '../domain/toForecastSubmission';

export interface GatewayPortOptions {
  /** Used when HubSpot will not tell the account's details (no scope): time zone and currency default to UTC and USD. */
  fallbackPortal?: Partial<PortalInfo>;
}

/**
 * The CRM port over the gateway (src/crm): HubSpot, or the emulator, through the real SDK.
 * Each use case is one gateway loader; the portal's details and users' super-admin flags are
 * kept in the gateway's cache for its TTL like owners and pipelines, so a warm deal card costs
 * only the deal and its owner's quarter.
 */
export function crmPortFromGateway(gateway: CrmGateway, options: GatewayPortOptions = {}): CrmPort {
  const portal = (): Promise<PortalInfo> =>
    gateway.cached('account-details', async () => {
      const account = await gateway.records.accountDetails();
      if (account !== null) return portalInfoOf(account);
      const fallback = options.fallbackPortal ?? {};
      return { id: fallback.id ?? null, timeZone: fallback.timeZone ?? 'UTC', currency: fallback.currency ?? 'USD', ...(fallback.uiDomain === undefined ? {} : { uiDomain: fallback.uiDomain }) };
    });
  // One search of one record, kept with the portal's details: does anyone log meetings here at all?
  const anyMeetingLogged = (): Promise<boolean> =>
    gateway.cached('meetings-logged', async () => {
      const page = await gateway.records.searchPage('meetings', { filterGroups: [], sorts: [], properties: ['hs_timestamp'], limit: 1 });
      return (page.total ?? page.results.length) > 0;
    });
  return {
    portal,
    roster: () => gateway.owners(),
    pipelines: () => gateway.pipelines(),
    dealPropertyDefinitions: async () => (await gateway.dealPropertyDefinitions()).filter((d) => d.hidden !== true).map((d) => ({ name: d.name, label: d.label, type: d.type })),
    // Options change when an admin edits the property: kept for the gateway's TTL like the pipelines' labels.
    propertyOptions: (objectType, name) =>
      gateway.cached(`property:${objectType}:${name}`, async () => (await gateway.records.propertyDefinition(objectType, name))?.options?.map(({ value, label }) => ({ value, label })) ?? []),
    propertyExists: async (objectType, name) => (await gateway.records.propertyDefinition(objectType, name)) !== null,
    user: (userId) => gateway.cached(`user:${userId}`, () => gateway.user(String(userId))),
    goalFamilies: async (window) => {
      const { owners } = await gateway.owners();
      const userIds = [...new Set(owners.flatMap((o) => (o.userId === null ? [] : [o.userId])))];
      return userIds.length === 0 ? [] : goalFamilies(await gateway.goals({ userIds, window }));
    },
    scorecardData: async (request) => {
      const [loaded, meetingsLogged] = await Promise.all([loadOwnerScorecard(gateway, { ...request, portal: await portal() }), anyMeetingLogged()]);
      return { ...loaded.data, portal: { ...loaded.data.portal, meetingsLogged } };
    },
    funnelData: async (request) => (await loadFunnelHealth(gateway, { ...request, portal: await portal() })).data,
    dealCard: async (request) => {
      const loaded = await loadDealCard(gateway, { ...request, portal: await portal() });
      return loaded.found && loaded.quarter !== null ? splitDealCard(loaded.data, request.dealId, loaded.quarter, dealHistoryWindow(request.now, request.historyDays)) : null;
    },
    forecastSubmissions: async () => {
      const raw = await gateway.records.forecasts(FORECAST_SUBMISSION_PROPERTIES);
      return raw === null ? null : raw.map((f) => toForecastSubmission(f, []));
    },
    dataAsOf: () => null,
    createTask: async (draft) => ({ id: (await gateway.createTask(taskInput(draft))).id }),
    updateTask: async (id, patch) => {
      await gateway.updateTask(id, taskProperties(patch));
    },
    existingTaskIds: async (ids) => new Set(ids.length === 0 ? [] : (await gateway.records.batchReadTasks(ids)).map((t) => t.id)),
    tasksBySubject: async (ownerId, subject) => (await gateway.searchTasks({ ownerIds: [ownerId], subject, includeCompleted: true })).map(foundTask),
  };
}

/**
 * loadDealCard answers one portal holding the deal, the owner's won deals of the quarter and
 * the pipeline's closed history; the port's contract wants them apart, each exactly as
 * crmPortFromSnapshot gives it (the deal and the quarter's wins may fall outside the history).
 */
function splitDealCard(data: PortalData, dealId: string, quarter: Bounds, historyWindow: Bounds): DealCardData | null {
  const deal = data.deals.find((d) => d.id === dealId);
  if (deal === undefined) return null;
  const history = data.deals.filter((d) => d.pipelineId === deal.pipelineId && (d.outcome === 'won' || d.outcome === 'lost') && inBounds(d.closedAt, historyWindow));
  const won = data.deals.filter((d) => d.ownerId !== null && d.ownerId === deal.ownerId && d.outcome === 'won' && inBounds(d.closedAt, quarter));
  return { deal, history, ownerPeriod: deal.ownerId === null ? null : { ...data, deals: won } };
}

/** An alert nobody is named to receive stays unassigned: HubSpot allows a task without an owner. */
function taskInput(draft: TaskDraft) {
  const input = taskObjectInput({ subject: draft.subject, body: draft.body, ownerId: draft.ownerId ?? 'unassigned', dueAt: draft.dueAt, priority: draft.priority });
  if (draft.ownerId === null) delete input.properties.hubspot_owner_id;
  return input;
}

function foundTask(task: CrmObject): FoundTask {
  const due = task.properties.hs_timestamp;
  const dueAt = due === null || due === undefined ? NaN : Date.parse(due);
  return { id: task.id, body: task.properties.hs_task_body ?? '', dueAt: Number.isNaN(dueAt) ? null : dueAt };
}

function taskProperties(patch: TaskPatch): Record<string, string> {
  const properties: Record<string, string> = {};
  if (patch.subject !== undefined) properties.hs_task_subject = patch.subject;
  if (patch.body !== undefined) properties.hs_task_body = patch.body;
  if (patch.priority !== undefined) properties.hs_task_priority = patch.priority;
  if (patch.status !== undefined) properties.hs_task_status = patch.status;
  return properties;
}
