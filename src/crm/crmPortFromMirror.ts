import { dealPropertiesFor } from '../domain/dealProperties';
import type { Deal, PortalData, Stage } from '../domain/portal';
import { toDeal } from '../domain/toDeal';
import type { PropertyMapping } from '../domain/propertyMapping';
import type { MirrorIndex } from '../sync/mirrorIndex';
import type { SyncStatus } from '../sync/syncStatus';
import type { CrmGateway } from './createCrmGateway';
import type { CrmPort, PortalInfo } from './crmPort';
import { MirrorNotReadyError } from './mirrorNotReadyError';
import { currentRequestBudget } from './requestBudget';
import { dealCardOf, funnelDataOf, scorecardDataOf } from './crmPortFromSnapshot';
import { derivedOn } from './derivedOn';

export interface MirrorPortDeps {
  index: MirrorIndex;
  /** The live port over the same gateway: users, property definitions, tasks, and reads while the backfill runs. */
  live: CrmPort;
  gateway: CrmGateway;
  /** The sync's state (src/sync syncStatus): the mirror serves once a first run has finished. */
  status: () => SyncStatus;
  /**
   * How long a card's wide read waits for the index still reading the mirror before it says how
   * far that is (default 3 s): a small portal's index is ready in that time, a 1M-deal one is not.
   */
  loadWaitMs?: number;
}

const DEFAULT_LOAD_WAIT_MS = 3_000;

/**
 * The CRM port over the portal mirror (src/sync): every portal-wide read answers from memory,
 * with no HubSpot request at request time, so a director's view of a million deals costs what
 * the engine costs. The deal card reads its own deal fresh (one request) and everything around
 * it from the mirror. Until the first backfill has finished, a single owner's reads go live as
 * before and wider ones say how far the backfill is instead of timing out.
 */
/** The same answer for the same request until a sync step changes the mirrored portal (derivedOn). */
function sameUntilSynced<R>(data: PortalData, kind: string, request: R, answer: (data: PortalData, request: R) => PortalData): PortalData {
  return derivedOn(data, `${kind}:${JSON.stringify(request)}`, () => answer(data, request));
}

export function crmPortFromMirror(deps: MirrorPortDeps): CrmPort {
  const { index, live, gateway } = deps;
  const ready = () => deps.status().lastSyncAt !== null;
  const progress = () => deps.status().progress;

  /** The whole portal, or only these owners' deals of it: the filters below give the same records either way. */
  async function portalData(mapping: PropertyMapping, ownerIds?: readonly string[]): Promise<PortalData> {
    const data = !ready() ? null : ownerIds === undefined ? await index.portalData(mapping) : await index.portalDataOf(mapping, ownerIds);
    if (data === null) throw new MirrorNotReadyError(progress());
    return data;
  }
  const interactive = () => currentRequestBudget().priority === 'interactive';
  /**
   * Before the mirror is ready, or while a restarted backend is still reading it into memory:
   * one owner's reads go live as before; a card's wider view is told how far the preparation
   * is; background work (the scheduled scan, the CLI), which no card waits on, reads live before
   * the first backfill and waits for the index after it.
   */
  async function mirrorOrLive<T>(ownerCount: number, mapping: PropertyMapping, fromMirror: () => Promise<T>, fromLive: () => Promise<T>): Promise<T> {
    if (!ready()) return ownerCount > 1 && interactive() ? fromMirror() : fromLive();
    if (index.warm(mapping).hot || !interactive()) return fromMirror();
    if (ownerCount <= 1) return fromLive();
    const wait = deps.loadWaitMs ?? DEFAULT_LOAD_WAIT_MS;
    if (wait > 0) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([index.portalData(mapping), new Promise((resolve) => (timer = setTimeout(resolve, wait)))]).finally(() => clearTimeout(timer));
    }
    const warm = index.warm(mapping);
    if (warm.hot) return fromMirror();
    throw new MirrorNotReadyError(warm.progress);
  }

  /** The deal as HubSpot has it now, read with the mirror's stages: one request, nothing else. */
  async function freshDeal(id: string, mapping: PropertyMapping): Promise<Deal | null> {
    const shell = await index.portalShell();
    if (shell === null) throw new MirrorNotReadyError(progress());
    const stages = new Map<string, Stage>(shell.pipelines.flatMap((p) => p.stages.map((s) => [s.id, s] as const)));
    const raw = await gateway.records.deal(id, dealPropertiesFor([...stages.keys()], mapping));
    return raw === null ? null : toDeal(raw, stages, mapping, []);
  }

  /** Zone, currency, owners and pipelines from the mirror once it has them, else live. */
  async function shellOr<T>(pick: (d: PortalData) => T, fromLive: () => Promise<T>): Promise<T> {
    const shell = await index.portalShell();
    return shell === null ? fromLive() : pick(shell);
  }

  return {
    portal: () => shellOr((d): PortalInfo => ({ ...d.portal }), () => live.portal()),
    roster: () => shellOr((d) => ({ owners: d.owners, teams: d.teams }), () => live.roster()),
    pipelines: () => shellOr((d) => d.pipelines, () => live.pipelines()),
    dealPropertyDefinitions: () => live.dealPropertyDefinitions(),
    propertyOptions: (objectType, name) => live.propertyOptions(objectType, name),
    propertyExists: (objectType, name) => live.propertyExists(objectType, name),
    user: (userId) => live.user(userId),
    goalFamilies: (window) => live.goalFamilies(window),
    scorecardData: (request) => mirrorOrLive(request.ownerIds.length, request.mapping, async () => sameUntilSynced(await portalData(request.mapping, request.ownerIds), 'scorecard', request, scorecardDataOf), () => live.scorecardData(request)),
    funnelData: (request) => mirrorOrLive(request.ownerIds.length, request.mapping, async () => sameUntilSynced(await portalData(request.mapping, request.ownerIds), 'funnel', request, funnelDataOf), () => live.funnelData(request)),
    dealCard: async (request) => {
      if (!ready() || (interactive() && !index.warm(request.mapping).hot)) return live.dealCard(request);
      const [deal, data] = await Promise.all([freshDeal(request.dealId, request.mapping), portalData(request.mapping)]);
      return deal === null ? null : dealCardOf(data, deal, request);
    },
    // What this process holds in memory, which a backend following another's sync may have parsed earlier.
    dataAsOf: () => index.cursor()?.lastSyncAt ?? (deps.status().lastSyncAt === null ? null : Date.parse(deps.status().lastSyncAt as string)),
    createTask: (draft) => live.createTask(draft),
    updateTask: (id, patch) => live.updateTask(id, patch),
    existingTaskIds: (ids) => live.existingTaskIds(ids),
    tasksBySubject: (ownerId, subject) => live.tasksBySubject(ownerId, subject),
    // The mirror keeps deals and their collections; submissions are few and read when a freeze needs them.
    forecastSubmissions: () => live.forecastSubmissions(),
  };
}
