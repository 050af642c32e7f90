import { createHash } from 'node:crypto';
import type { Bounds } from '../domain/period';
import type { DataIssue, Deal, Goal, Meeting, Owner, Pipeline, PortalUser, Stage, Team } from '../domain/portal';
import type { CrmObject, HubSpotOwner, HubSpotPipeline, HubSpotUser } from '../domain/snapshot';
import type { PropertyMapping } from '../domain/propertyMapping';
import { dealPropertiesFor } from '../domain/dealProperties';
import { toGoal } from '../domain/toGoal';
import { toMeeting } from '../domain/toMeeting';
import { teamsOf, toOwner } from '../domain/toOwner';
import { toDeal } from '../domain/toDeal';
import { toPipeline } from '../domain/toPipeline';
import { goalSearchSpec, meetingSearchSpec } from './activitySpecs';
import type { CrmClient, HubSpotRecords } from './crmClient';
import type { ObjectsApi } from './objectsApi';
import { createCrmClient } from './crmClient';
import type { CrmTransport, ObjectInput } from './crmTransport';
import type { ObjectsTransport } from './objectsTransport';
import type { DealQuery } from './dealQuery';
import { dealSearchSpec } from './dealQuery';
import type { PropertyDefinition } from './hubspotResponses';
import type { PortalLimiter, RateLimits } from './portalLimiter';
import { createPortalLimiter } from './portalLimiter';
import type { RequestStats } from './requestStats';
import type { SearchLimits } from './searchLimits';
import { createSdkTransport } from './sdkTransport';
import type { TaskQuery } from './taskInput';
import { taskSearchSpec } from './taskInput';
import type { TtlCache } from './ttlCache';
import { createTtlCache } from './ttlCache';
import type { RetryPolicy } from './withRetries';

export interface CrmGatewayOptions {
  accessToken: string;
  /** HubSpot's API unless given (the emulator's URL in tests and the local preview). */
  basePath?: string;
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** How long owners and pipelines are kept (default 5 minutes). */
  cacheTtlMs?: number;
  /** Share one cache, and one limiter per portal, between the gateways of a process. */
  cache?: TtlCache;
  limiter?: PortalLimiter;
  rateLimits?: RateLimits;
  retryPolicy?: RetryPolicy;
  searchLimits?: SearchLimits;
  /** Per-call timeout (src/crm crmClient DEFAULT_CALL_TIMEOUT_MS unless given). */
  callTimeoutMs?: number;
  /** Cache-key prefix naming the portal; a hash of the token unless given. */
  portalKey?: string;
  /** Tests only: a transport other than @hubspot/api-client (and, with it, the object endpoints' own). */
  transport?: CrmTransport;
  objectsTransport?: ObjectsTransport;
}

/** Goals (`goal_targets`) of these users or teams overlapping the window. */
export interface GoalQuery {
  userIds?: readonly number[];
  teamIds?: readonly string[];
  window: Bounds;
}

/** The only way the app reads and writes HubSpot; answers in engine types (src/domain/portal.ts). */
export interface CrmGateway {
  readonly portalKey: string;
  /** HubSpot's own shapes, for the mirror, `kpi snapshot` and the loaders. */
  readonly records: HubSpotRecords;
  /** Custom objects and the generic object endpoints, on the same limiter, retries and stats. */
  readonly objects: ObjectsApi;
  /** A portal-wide read kept for the gateway's TTL (shared by the gateways of a process): the loaders' reads of owners, pipelines, history. */
  cached<T>(key: string, load: () => Promise<T>): Promise<T>;
  rawOwners(): Promise<HubSpotOwner[]>;
  rawPipelines(): Promise<HubSpotPipeline[]>;
  owners(): Promise<{ owners: Owner[]; teams: Team[] }>;
  pipelines(issues?: DataIssue[]): Promise<Pipeline[]>;
  /** The deal properties the KPIs need for the given pipelines' stages (all pipelines when absent). */
  dealProperties(mapping: PropertyMapping, pipelineIds?: readonly string[]): Promise<string[]>;
  deal(id: string, mapping: PropertyMapping, issues?: DataIssue[]): Promise<Deal | null>;
  searchDeals(query: DealQuery, mapping: PropertyMapping, issues?: DataIssue[]): Promise<Deal[]>;
  goals(query: GoalQuery, issues?: DataIssue[]): Promise<Goal[]>;
  meetings(ownerIds: readonly string[] | undefined, window: Bounds, issues?: DataIssue[]): Promise<Meeting[]>;
  dealPropertyDefinitions(): Promise<PropertyDefinition[]>;
  users(): Promise<PortalUser[] | null>;
  user(userId: string): Promise<PortalUser | null>;
  /** A task as HubSpot takes it (src/crm taskInput taskObjectInput). */
  createTask(input: ObjectInput): Promise<CrmObject>;
  updateTask(id: string, properties: Record<string, string>): Promise<CrmObject>;
  searchTasks(query: TaskQuery): Promise<CrmObject[]>;
  stats(): RequestStats;
}

const DEFAULT_TTL_MS = 5 * 60_000;
const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
const toPortalUser = (u: HubSpotUser): PortalUser => ({ id: u.id, email: u.email ?? null, superAdmin: u.superAdmin === true });

function stagesOf(pipelines: readonly Pipeline[]): Map<string, Stage> {
  const stages = new Map<string, Stage>();
  for (const p of pipelines) for (const s of p.stages) stages.set(s.id, s);
  return stages;
}

/** The SDK client behind the portal's rate limiter, with retries; each part replaceable in tests. */
function crmClientFor(options: CrmGatewayOptions, clock: () => number): CrmClient {
  const sleep = options.sleep ?? realSleep;
  const sdk = options.transport === undefined ? createSdkTransport({ accessToken: options.accessToken, basePath: options.basePath, clock }) : null;
  const transport = options.transport ?? sdk;
  const objects = options.objectsTransport ?? sdk ?? undefined;
  if (transport === null) throw new Error('unreachable: a gateway always has a transport');
  const limiter = options.limiter ?? createPortalLimiter(clock, sleep, options.rateLimits);
  return createCrmClient({ transport, objects, limiter, sleep, random: options.random ?? Math.random, retryPolicy: options.retryPolicy, searchLimits: options.searchLimits, callTimeoutMs: options.callTimeoutMs });
}

/** Goals assigned to the users or to the teams; a goal found both ways is kept once. */
async function goalsOf(client: CrmClient, query: GoalQuery, issues: DataIssue[]): Promise<Goal[]> {
  const byUser = query.userIds ? await client.search('goal_targets', goalSearchSpec('hs_assignee_user_id', query.userIds.map(String), query.window)) : [];
  const byTeam = query.teamIds ? await client.search('goal_targets', goalSearchSpec('hs_assignee_team_id', query.teamIds, query.window)) : [];
  const seen = new Set<string>();
  return [...byUser, ...byTeam].filter((g) => !seen.has(g.id) && seen.add(g.id) && g.archived !== true).map((g) => toGoal(g, issues));
}

/**
 * Builds the gateway for one portal's token. The SDK client is made here, never at module
 * load, and never from process.env: the caller passes the token it was given.
 */
export function createCrmGateway(options: CrmGatewayOptions): CrmGateway {
  const clock = options.clock ?? Date.now;
  const ttl = options.cacheTtlMs ?? DEFAULT_TTL_MS;
  const cache = options.cache ?? createTtlCache(clock);
  const portalKey = options.portalKey ?? createHash('sha256').update(options.accessToken).digest('hex').slice(0, 16);
  const client = crmClientFor(options, clock);

  const rawOwners = () => cache.getOrLoad(`${portalKey}:owners`, ttl, () => client.owners());
  const rawPipelines = () => cache.getOrLoad(`${portalKey}:pipelines`, ttl, () => client.pipelines());
  const pipelines = async (issues: DataIssue[] = []) => (await rawPipelines()).filter((p) => p.archived !== true).map((p) => toPipeline(p, issues));

  async function dealProperties(mapping: PropertyMapping, pipelineIds?: readonly string[]): Promise<string[]> {
    const wanted = pipelineIds === undefined ? null : new Set(pipelineIds);
    const stageIds = (await pipelines()).filter((p) => wanted === null || wanted.has(p.id)).flatMap((p) => p.stages.map((s) => s.id));
    return dealPropertiesFor(stageIds, mapping);
  }

  async function searchDeals(query: DealQuery, mapping: PropertyMapping, issues: DataIssue[] = []): Promise<Deal[]> {
    const [all, properties] = await Promise.all([pipelines(), dealProperties(mapping, query.pipelineIds)]);
    const raw = await client.search('deals', dealSearchSpec(query, properties));
    const stages = stagesOf(all);
    return raw.map((d) => toDeal(d, stages, mapping, issues));
  }

  return {
    portalKey,
    records: client,
    objects: client.objects,
    cached: (key, load) => cache.getOrLoad(`${portalKey}:${key}`, ttl, load),
    rawOwners,
    rawPipelines,
    owners: async () => {
      const raw = await rawOwners();
      return { owners: raw.map(toOwner), teams: teamsOf(raw) };
    },
    pipelines,
    dealProperties,
    deal: async (id, mapping, issues = []) => {
      const deal = await client.deal(id, await dealProperties(mapping));
      return deal === null ? null : toDeal(deal, stagesOf(await pipelines()), mapping, issues);
    },
    searchDeals,
    goals: (query, issues = []) => goalsOf(client, query, issues),
    meetings: async (ownerIds, window, issues = []) => (await client.search('meetings', meetingSearchSpec(ownerIds, window))).map((m) => toMeeting(m, issues)),
    dealPropertyDefinitions: () => client.dealPropertyDefinitions(),
    users: async () => (await client.users())?.map(toPortalUser) ?? null,
    user: async (userId) => {
      const user = await client.user(userId);
      return user === null ? null : toPortalUser(user);
    },
    createTask: (input) => client.createTask(input),
    updateTask: (id, properties) => client.updateTask(id, properties),
    searchTasks: (query) => client.search('tasks', taskSearchSpec(query)),
    stats: () => client.stats(),
  };
}
