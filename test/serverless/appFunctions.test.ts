import type { RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { DEMO_ADMIN_USER_ID, LEAKY_TEAM_ID } from '../../src/emulator/demo/demoRoster';
import { DEMO_PORTAL, generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import type { Snapshot } from '../../src/domain/snapshot';
import { snapshotSchema } from '../../src/domain/snapshot';
import { portalFromSnapshot } from '../../src/domain/portalFromSnapshot';
import { ENDPOINTS } from '../../extensions/client/endpoints';
import { crmPortFromSnapshot } from '../../src/crm/crmPortFromSnapshot';
import { dealKpis } from '../../src/handlers/dealKpis';
import { funnelHealth } from '../../src/handlers/funnelHealth';
import type { AppHandler } from '../../serverless/appFunction';
import type { HandlerDeps } from '../../src/handlers/handlerDeps';
import { ownerScorecard } from '../../src/handlers/ownerScorecard';
import type { FunnelHealthOutput } from '../../src/handlers/contracts/funnelHealth';
import type { ScanAlertsOutput } from '../../src/handlers/contracts/scanAlerts';
import { createCrmGateway } from '../../src/crm/createCrmGateway';
import { crmPortFromGateway } from '../../src/crm/crmPortFromGateway';
import { dealCardProperties } from '../../src/domain/dealProperties';
import { ALERT_LEDGER_OBJECT_NAME } from '../../src/store/alertLedgerObject';
import { sdkClient } from '../../src/crm/sdkClient';
import { openPortalAlertLedger } from '../../src/store/portalAlertLedger';
import { openPortalObjectStore } from '../../src/store/portalObjectStore';
import { ACCESS_TOKEN_SECRET } from '../../serverless/accessToken';
import type { AppFunctionMain } from '../../serverless/appFunction';
import type { FunctionRuntime } from '../../serverless/functionDeps';
import { functionConnection } from '../../serverless/functionDeps';
import { noBackendStores } from '../../serverless/noBackendStores';
import { main as dealKpisFn } from '../../serverless/functions/deal-kpis';
import { main as ownerScorecardFn } from '../../serverless/functions/owner-scorecard';
import { main as funnelHealthFn } from '../../serverless/functions/funnel-health';
import { main as getSettingsFn } from '../../serverless/functions/get-settings';
import { main as saveSettingsFn } from '../../serverless/functions/save-settings';
import { main as settingsHistoryFn } from '../../serverless/functions/settings-history';
import { main as restoreSettingsFn } from '../../serverless/functions/restore-settings';
import { main as settingsContextFn } from '../../serverless/functions/settings-context';
import { main as scanAlertsFn } from '../../serverless/functions/scan-alerts';

/** 1 Nov 2026, 10:00 in Shanghai: the demo's "now". */
const NOW = Date.UTC(2026, 10, 1, 2, 0, 0);
const PORTAL_ID = DEMO_PORTAL.id;
/** Demo users by role (src/emulator/demo/demoRoster.ts fixes ids by position). */
const USERS = { director: 51_000_001, admin: DEMO_ADMIN_USER_ID, eastManager: 51_000_010, eastRep: 51_000_011, southRep: 51_000_021 } as const;

/**
 * The context HubSpot's 2026.03 runtime builds (no account, no user): the card's parameters
 * carry its own context.user as the claim (extensions/client/createServerlessClient.ts).
 */
const claimedContext = (userId: number, parameters: Record<string, unknown> = {}) => ({
  parameters: { ...parameters, claimedUser: { id: userId, email: `${userId}@example.com`, locale: 'en-US' } },
  propertiesToSend: {},
  event: { type: 'SERVERLESS_ACTION_HOOK', payload: {} },
  secrets: {},
});
/** A runtime that does name the signed-in user: HubSpot's word, so the viewer is verified. */
const contextOf = (userId: number, parameters: Record<string, unknown> = {}) => ({
  ...claimedContext(userId, parameters),
  user: { id: userId, email: `${userId}@example.com`, locale: 'en-US' },
});

describe('app functions, each called as HubSpot calls it: main(context), CRM through the real SDK', () => {
  let snapshot: Snapshot;
  let running: RunningEmulator;
  let runtime: FunctionRuntime;

  beforeAll(async () => {
    snapshot = snapshotSchema.parse(generateDemoSnapshot({ deals: 500, seed: 11, asOf: NOW }));
    running = await createCrmEmulator(snapshot, { limits: false, now: () => NOW }).listen(0);
    runtime = { basePath: running.url, now: () => NOW, env: { [ACCESS_TOKEN_SECRET]: DEMO_TOKEN } };
  });
  afterAll(() => running.close());

  /** Deps over the in-memory portal, with the settings and alert ledger the functions keep in the portal at `basePath`. */
  const viaSnapshotDeps = (userId: number, basePath: string, identity: 'verified' | 'claimed' = 'verified'): HandlerDeps => ({
    viewer: { portalId: PORTAL_ID, userId, email: `${userId}@example.com`, locale: 'en-US', identity },
    crm: crmPortFromSnapshot(portalFromSnapshot(snapshot).data),
    ...noBackendStores(),
    settings: openPortalObjectStore({ objects: createCrmGateway({ accessToken: DEMO_TOKEN, basePath }).objects, now: () => NOW }),
    ledger: openPortalAlertLedger({ objects: createCrmGateway({ accessToken: DEMO_TOKEN, basePath }).objects }),
    now: () => NOW,
  });
  /** The same handler over the in-memory portal. */
  const viaSnapshot = (handler: AppHandler, userId: number, input: Record<string, unknown>, identity: 'verified' | 'claimed' = 'verified') =>
    handler(input, viaSnapshotDeps(userId, running.url, identity));

  it('has a function exporting main for every name the cards call', () => {
    for (const endpoint of Object.values(ENDPOINTS)) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const module = require(`../../serverless/functions/${endpoint.functionName}`) as { main?: unknown };
      expect({ name: endpoint.functionName, main: typeof module.main }).toEqual({ name: endpoint.functionName, main: 'function' });
    }
  });

  it('settings round trip in the portal: the admin saves, a stale save is a conflict, history and restore keep every version', async () => {
    const first = await saveSettingsFn(contextOf(USERS.admin, { settings: demoSettings(), expectedVersion: 0 }), runtime);
    expect(first).toMatchObject({ ok: true, data: { version: 1 } });
    const stale = await saveSettingsFn(contextOf(USERS.admin, { settings: { ...demoSettings(), directorOwnerIds: [] }, expectedVersion: 0 }), runtime);
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const second = await saveSettingsFn(contextOf(USERS.admin, { settings: { ...demoSettings(), adminUserIds: [USERS.admin] }, expectedVersion: 1 }), runtime);
    expect(second).toMatchObject({ ok: true, data: { version: 2 } });
    const restored = await restoreSettingsFn(contextOf(USERS.admin, { version: 1, expectedVersion: 2 }), runtime);
    expect(restored).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await getSettingsFn(contextOf(USERS.director), runtime)).toMatchObject({ ok: true, data: { version: 3, settings: { directorOwnerIds: demoSettings().directorOwnerIds } } });
    const history = await settingsHistoryFn(contextOf(USERS.admin), runtime);
    expect(history.ok).toBe(true);
    expect(JSON.stringify(history)).toContain('"version":3');
  });

  it('a rep may not save settings, whatever the parameters claim', async () => {
    const saved = await saveSettingsFn(contextOf(USERS.eastRep, { settings: demoSettings(), expectedVersion: 3, userId: USERS.admin, portalId: PORTAL_ID }), runtime);
    expect(saved).toMatchObject({ ok: false, error: { code: expect.stringMatching(/forbidden|invalid/) } });
    expect(await getSettingsFn(contextOf(USERS.director), runtime)).toMatchObject({ ok: true, data: { version: 3 } });
  });

  it('settings-context lists the portal’s pipelines for the settings page', async () => {
    const context = await settingsContextFn(contextOf(USERS.admin), runtime);
    expect(context.ok).toBe(true);
    for (const pipeline of snapshot.pipelines) expect(JSON.stringify(context)).toContain(JSON.stringify(pipeline.id));
  });

  it.each<[string, AppFunctionMain, AppHandler, number, () => Record<string, unknown>]>([
    ['owner-scorecard (a rep, their own)', ownerScorecardFn, ownerScorecard, USERS.eastRep, () => ({})],
    ['deal-kpis (a rep, an open deal)', dealKpisFn, dealKpis, USERS.eastRep, () => ({ dealId: snapshot.deals.find((d) => d.properties.hs_is_closed !== 'true')?.id })],
  ])('%s, the user as the card claims it, gives the same numbers as the handler over the same portal in memory', async (_name, fn, handler, userId, input) => {
    const viaFunction = await fn(claimedContext(userId, input()), runtime);
    expect(viaFunction.ok).toBe(true);
    expect(viaFunction).toEqual(await viaSnapshot(handler, userId, input(), 'claimed'));
  });

  it.each<[string, AppFunctionMain, Record<string, unknown>]>([
    ['a team’s funnel', funnelHealthFn, {}],
    ['the alert scan', scanAlertsFn, {}],
    ['the settings', getSettingsFn, {}],
    ['a save of the settings', saveSettingsFn, { settings: {}, expectedVersion: 3 }],
  ])('tells a claimed director that %s needs the backend', async (_name, fn, parameters) => {
    expect(await fn(claimedContext(USERS.director, parameters), runtime)).toMatchObject({ ok: false, error: { code: 'needs_backend', reason: 'claimed_identity', message: expect.stringContaining('KPI backend') } });
  });

  it('tells a claimed manager that another rep’s scorecard needs the backend, and shows them their own', async () => {
    const rep = snapshot.owners.find((o) => o.userId === USERS.eastRep)?.id;
    expect(await ownerScorecardFn(claimedContext(USERS.eastManager, { ownerId: rep }), runtime)).toMatchObject({ ok: false, error: { code: 'needs_backend' } });
    expect(await ownerScorecardFn(claimedContext(USERS.eastManager), runtime)).toMatchObject({ ok: true });
  });

  it.each<[string, AppFunctionMain, AppHandler, number, () => Record<string, unknown>]>([
    ['owner-scorecard (the director, a rep of another team)', ownerScorecardFn, ownerScorecard, USERS.director, () => ({ ownerId: snapshot.owners.find((o) => o.userId === USERS.southRep)?.id })],
    ['funnel-health (the east manager)', funnelHealthFn, funnelHealth, USERS.eastManager, () => ({})],
    ['deal-kpis (a rep, an open deal)', dealKpisFn, dealKpis, USERS.eastRep, () => ({ dealId: snapshot.deals.find((d) => d.properties.hs_is_closed !== 'true')?.id })],
  ])('%s, the user named by the runtime, gives the same numbers as the handler over the same portal in memory', async (_name, fn, handler, userId, input) => {
    const viaFunction = await fn(contextOf(userId, input()), runtime);
    expect(viaFunction.ok).toBe(true);
    expect(viaFunction).toEqual(await viaSnapshot(handler, userId, input()));
  });

  it('keeps forbidden things forbidden: a rep asking for another team’s scorecard', async () => {
    const other = snapshot.owners.find((o) => o.userId === USERS.southRep)?.id;
    expect(await ownerScorecardFn(contextOf(USERS.eastRep, { ownerId: other }), runtime)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers invalid input as an error the card can show, not a throw', async () => {
    expect(await dealKpisFn(contextOf(USERS.eastRep, { dealId: 42 }), runtime)).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('scans alerts with no backend: the leaky team’s breach becomes a task for its manager, and a second scan creates nothing new', async () => {
    const alone = await createCrmEmulator(snapshot, { limits: false, now: () => NOW }).listen(0);
    const here = { ...runtime, basePath: alone.url };
    const tasksInPortal = () => createCrmGateway({ accessToken: DEMO_TOKEN, basePath: alone.url, clock: () => NOW }).searchTasks({ includeCompleted: true });
    try {
      expect(await saveSettingsFn(contextOf(USERS.admin, { settings: demoSettings(), expectedVersion: 0 }), here)).toMatchObject({ ok: true });
      const first = await scanAlertsFn(contextOf(USERS.director, { period: '2026-Q3' }), here);
      if (!first.ok) throw new Error(`the first scan failed: ${first.error.message}`);
      const made = first.data as ScanAlertsOutput;
      expect(made.created).toBeGreaterThan(0);
      const tasks = await tasksInPortal();
      expect(tasks.map((t) => t.id).sort()).toEqual(made.tasks.map((t) => t.id).sort());

      const page = await funnelHealthFn(contextOf(USERS.director, { period: '2026-Q3' }), here);
      const alerts = page.ok ? (page.data as FunnelHealthOutput).alerts : [];
      const leaky = alerts.find((a) => a.group.kind === 'team' && a.group.id === LEAKY_TEAM_ID && a.pair.from === 'appointmentscheduled');
      const task = tasks.find((t) => t.id === leaky?.taskId);
      const southManager = demoSettings().teams.find((t) => t.teamId === LEAKY_TEAM_ID)?.managerOwnerIds[0];
      expect(southManager).toBeDefined();
      expect(task?.properties.hubspot_owner_id).toBe(southManager);
      expect(task?.properties.hs_task_subject).toContain('2026-Q3');

      // The manager presses "Scan alerts" again the next day: every alert is found in the portal's ledger.
      const second = await scanAlertsFn(contextOf(USERS.director, { period: '2026-Q3' }), { ...here, now: () => NOW + 86_400_000 });
      expect(second).toEqual({ ok: true, data: { created: 0, updated: 0, resolved: 0, tasks: [], uiDomain: 'app.hubspot.com' } });
      expect(await tasksInPortal()).toHaveLength(tasks.length);
      const client = sdkClient({ accessToken: DEMO_TOKEN, basePath: alone.url }, 0);
      const ledgerType = (await client.crm.schemas.coreApi.getAll()).results.find((s) => s.name === ALERT_LEDGER_OBJECT_NAME)?.objectTypeId ?? '';
      const entries = await client.crm.objects.basicApi.getPage(ledgerType, 100, undefined, ['task_id', 'last_seen_at']);
      expect(entries.results.map((r) => r.properties.task_id).sort()).toEqual(made.tasks.map((t) => t.id).sort());
      expect(new Set(entries.results.map((r) => r.properties.last_seen_at))).toEqual(new Set([String(NOW + 86_400_000)]));
    } finally {
      await alone.close();
    }
  });

  it('keeps the token’s connection between calls: a second deal card costs no more HubSpot requests than the backend’s warm path', async () => {
    const emulator = createCrmEmulator(snapshot, { limits: false, now: () => NOW });
    const alone = await emulator.listen(0);
    const dealId = snapshot.deals.find((d) => d.properties.hs_is_closed !== 'true' && d.properties.hubspot_owner_id === snapshot.owners.find((o) => o.userId === USERS.eastRep)?.id)?.id;
    const requestsOf = async (run: () => Promise<unknown>) => {
      const before = emulator.stats.requests;
      expect(await run()).toMatchObject({ ok: true });
      return emulator.stats.requests - before;
    };
    try {
      const here = { ...runtime, basePath: alone.url };
      const cold = await requestsOf(() => dealKpisFn(claimedContext(USERS.eastRep, { dealId }), here));
      const warm = await requestsOf(() => dealKpisFn(claimedContext(USERS.eastRep, { dealId }), here));
      // The backend: one gateway and port for the process, shared by every request (src/server/backendServices.ts).
      const port = crmPortFromGateway(createCrmGateway({ accessToken: DEMO_TOKEN, basePath: alone.url }));
      const backendDeps: HandlerDeps = { ...viaSnapshotDeps(USERS.eastRep, alone.url, 'claimed'), crm: port };
      await requestsOf(() => dealKpis({ dealId }, backendDeps));
      const backendWarm = await requestsOf(() => dealKpis({ dealId }, backendDeps));
      console.log(`deal card over app functions: ${cold} HubSpot requests cold, ${warm} warm; the backend's warm path: ${backendWarm}`);
      expect(warm).toBeLessThanOrEqual(backendWarm);
      expect(warm).toBeLessThan(cold);
    } finally {
      await alone.close();
    }
  });

  it('uses the deal’s own properties HubSpot sends with the call instead of reading the deal, with the same numbers', async () => {
    const emulator = createCrmEmulator(snapshot, { limits: false, now: () => NOW });
    const alone = await emulator.listen(0);
    const rep = snapshot.owners.find((o) => o.userId === USERS.eastRep)?.id;
    const deal = snapshot.deals.find((d) => d.properties.hs_is_closed !== 'true' && d.properties.hubspot_owner_id === rep);
    if (deal === undefined) throw new Error('the demo has no open deal of the east rep');
    const here = { ...runtime, basePath: alone.url };
    const sent = Object.fromEntries(dealCardProperties(deal.properties.dealstage ?? null).map((name) => [name, name === 'hs_object_id' ? deal.id : (deal.properties[name] ?? null)]));
    /** GET /crm/v3/objects/deals/{id} as the token's connection counted it. */
    const dealReads = () => functionConnection(DEMO_TOKEN, alone.url).gateway.stats().byOperation.deal ?? 0;
    try {
      const read = await dealKpisFn(claimedContext(USERS.eastRep, { dealId: deal.id }), here);
      expect(dealReads()).toBe(1);
      const before = dealReads();
      const viaSent = await dealKpisFn({ ...claimedContext(USERS.eastRep, { dealId: deal.id }), propertiesToSend: sent }, here);
      expect(dealReads() - before).toBe(0);
      expect(viaSent).toEqual(read);
      // Properties of another record (or an incomplete set) are not taken for this deal's: it is read.
      await dealKpisFn({ ...claimedContext(USERS.eastRep, { dealId: deal.id }), propertiesToSend: { ...sent, hs_object_id: '1' } }, here);
      expect(dealReads() - before).toBe(1);
    } finally {
      await alone.close();
    }
  });

  it('without the token secret, or without a signed-in user, answers unauthorized before calling HubSpot', async () => {
    const emulator = createCrmEmulator(snapshot, { limits: false, now: () => NOW });
    const alone = await emulator.listen(0);
    try {
      const noToken = await dealKpisFn(contextOf(USERS.eastRep, { dealId: '1' }), { basePath: alone.url, now: () => NOW, env: {} });
      expect(noToken).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      const noUser = await dealKpisFn({ parameters: { dealId: '1' }, propertiesToSend: {}, secrets: {} }, { ...runtime, basePath: alone.url });
      expect(noUser).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      expect(emulator.stats.requests).toBe(0);
    } finally {
      await alone.close();
    }
  });
});
