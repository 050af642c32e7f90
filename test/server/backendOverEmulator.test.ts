import { createFetchClient } from '../../extensions/client/createFetchClient';
import type { FetchLike } from '../../extensions/client/createFetchClient';
import { createCrmGateway } from '../../src/crm/createCrmGateway';
import type { CrmEmulator, RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { LEAKY_TEAM_ID } from '../../src/emulator/demo/demoRoster';
import type { Viewer } from '../../src/handlers/contracts/common';
import { crmPortFromGateway } from '../../src/crm/crmPortFromGateway';
import { crmPortFromSnapshot } from '../../src/crm/crmPortFromSnapshot';
import { dealKpis } from '../../src/handlers/dealKpis';
import { funnelHealth } from '../../src/handlers/funnelHealth';
import { getSettings } from '../../src/handlers/getSettings';
import { ownerScorecard } from '../../src/handlers/ownerScorecard';
import { restoreSettings } from '../../src/handlers/restoreSettings';
import { saveSettings } from '../../src/handlers/saveSettings';
import { scanAlerts } from '../../src/handlers/scanAlerts';
import { settingsContext } from '../../src/handlers/settingsContext';
import { settingsHistory } from '../../src/handlers/settingsHistory';
import { silentLogger } from '../../src/server/backendLogger';
import type { BackendHandler } from '../../src/server/routeHandler';
import { createBackend } from '../../src/server/createBackend';
import { signatureV3 } from '../../src/server/hubspotSignature';
import type { SqliteStore } from '../../src/store/sqliteStore';
import type { Listening } from './backendHarness';
import { DEFAULT_EMAIL, NOW, PORTAL_ID, SECRET, USERS, demoSnapshot, demoStore, listen, portalDataOf, servicesOf, signedFetch } from './backendHarness';

/**
 * The backend against the CRM emulator through the real @hubspot/api-client, compared with the
 * same handler called directly on the same snapshot through the in-memory adapter. Any difference is a bug in the gateway adapter or in the runtime.
 */
const snapshot = demoSnapshot(1500);
const data = portalDataOf(snapshot);
let emulator: CrmEmulator;
let running: RunningEmulator;
let backendStore: SqliteStore;
let directStore: SqliteStore;
let server: Listening;

beforeAll(async () => {
  emulator = createCrmEmulator(snapshot, { limits: false, now: () => NOW });
  running = await emulator.listen(0);
  const gateway = createCrmGateway({
    accessToken: DEMO_TOKEN,
    basePath: running.url,
    rateLimits: { searchPerWindow: 1000, searchWindowMs: 1000, generalPerWindow: 1000, generalWindowMs: 1000 },
  });
  [backendStore, directStore] = await Promise.all([demoStore(), demoStore()]);
  const app = createBackend({ portalId: PORTAL_ID, clientSecret: SECRET, services: () => servicesOf(crmPortFromGateway(gateway), backendStore), now: () => NOW, logger: silentLogger });
  server = await listen(app);
});
afterAll(async () => {
  await server.close();
  await running.close();
  backendStore.close();
  directStore.close();
});

/** The viewer the backend verifies from signedFetch's URL: the same user and e-mail. */
const viewer = (userId: number): Viewer => ({ portalId: PORTAL_ID, userId, email: DEFAULT_EMAIL, locale: 'en-US' });

/** The handler called directly on the snapshot: the engine's answer for the same portal. */
async function direct(handler: BackendHandler, userId: number, input: unknown): Promise<unknown> {
  const result = await handler(input, { ...servicesOf(crmPortFromSnapshot(data), directStore), viewer: viewer(userId), now: () => NOW });
  if (!result.ok) throw new Error(`direct call failed: ${JSON.stringify(result.error)}`);
  return result.data;
}

const eastRepOwnerId = data.owners.find((o) => o.userId === USERS.eastRep)?.id ?? '';
const southRepOwnerId = data.owners.find((o) => o.userId === USERS.southRep)?.id ?? '';
const wonDealOfEastRep = data.deals.find((d) => d.ownerId === eastRepOwnerId && d.outcome === 'won')?.id ?? '';
const openDealOfEastRep = data.deals.find((d) => d.ownerId === eastRepOwnerId && d.outcome === 'open')?.id ?? '';

describe('every read route through HubSpot’s SDK equals the handler on the snapshot', () => {
  const cases: { name: string; path: string; method: 'GET' | 'POST'; handler: BackendHandler; userId: number; body?: Record<string, unknown> }[] = [
    { name: 'deal card, a rep on their open deal', path: '/api/v1/deal-kpis', method: 'POST', handler: dealKpis, userId: USERS.eastRep, body: { dealId: openDealOfEastRep } },
    { name: 'deal card, the manager on a won deal', path: '/api/v1/deal-kpis', method: 'POST', handler: dealKpis, userId: USERS.eastManager, body: { dealId: wonDealOfEastRep } },
    { name: 'deal card, another team’s rep (no commission)', path: '/api/v1/deal-kpis', method: 'POST', handler: dealKpis, userId: USERS.southRep, body: { dealId: openDealOfEastRep } },
    { name: 'own scorecard, current quarter', path: '/api/v1/owner-scorecard', method: 'POST', handler: ownerScorecard, userId: USERS.eastRep, body: {} },
    { name: 'a rep’s scorecard for Q3, seen by the director', path: '/api/v1/owner-scorecard', method: 'POST', handler: ownerScorecard, userId: USERS.director, body: { ownerId: southRepOwnerId, period: '2026-Q3' } },
    { name: 'funnel health, the leaky team’s manager', path: '/api/v1/funnel-health', method: 'POST', handler: funnelHealth, userId: USERS.southManager, body: { period: '2026-Q3' } },
    { name: 'funnel health, the director, renewals pipeline', path: '/api/v1/funnel-health', method: 'POST', handler: funnelHealth, userId: USERS.director, body: { period: '2026-Q2', pipelineId: data.pipelines[1]?.id } },
    { name: 'settings', path: '/api/v1/settings', method: 'GET', handler: getSettings, userId: USERS.admin },
    { name: 'settings history', path: '/api/v1/settings/history', method: 'GET', handler: settingsHistory, userId: USERS.admin },
  ];

  it.each(cases)('$name', async ({ path, method, handler, userId, body }) => {
    const [viaBackend, engine] = await Promise.all([signedFetch(server.url, path, { method, userId, body }), direct(handler, userId, body ?? {})]);
    expect(viaBackend.status).toBe(200);
    expect(viaBackend.body).toEqual({ ok: true, data: engine });
  });

  it('settings context: the same pipelines, owners, teams and zone (deal properties are the portal’s own)', async () => {
    const viaBackend = await signedFetch(server.url, '/api/v1/settings/context', { method: 'GET', userId: USERS.admin });
    const engine = (await direct(settingsContext, USERS.admin, {})) as Record<string, unknown>;
    expect(viaBackend.status).toBe(200);
    const { dealProperties, ...rest } = (viaBackend.body as { data: Record<string, unknown> }).data;
    expect(rest).toEqual({ pipelines: engine.pipelines, owners: engine.owners, teams: engine.teams, portalTimeZone: engine.portalTimeZone, goalFamilies: engine.goalFamilies });
    expect(rest.goalFamilies).toEqual([expect.objectContaining({ id: expect.any(String), name: expect.stringContaining('revenue') })]);
    expect((dealProperties as { name: string }[]).map((p) => p.name)).toEqual(expect.arrayContaining(['amount', 'closedate', 'dealstage']));
  });

  it('the leaky team shows its first-pair breach through the backend', async () => {
    const answer = await signedFetch(server.url, '/api/v1/funnel-health', { userId: USERS.southManager, body: { period: '2026-Q3' } });
    const body = (answer.body as { data: { teams: { id: string; pairs: { from: string; severity: string; rate: number | null }[] }[] } }).data;
    const south = body.teams.find((t) => t.id === LEAKY_TEAM_ID);
    expect(south?.pairs[0]).toMatchObject({ from: 'appointmentscheduled', severity: expect.stringMatching(/warning|critical/) });
    expect(south?.pairs[0]?.rate).toBeLessThan(0.3);
  });
});

describe('the cards’ own fetch client against the backend', () => {
  /** Plays HubSpot: appends the viewer's parameters to the URL and signs the request. */
  const hubspotFetch = (userId: number): FetchLike => async (url, options) => {
    const signedUrl = `${url}?portalId=${PORTAL_ID}&userId=${userId}&userEmail=&appId=1`;
    const body = options.body === undefined ? '' : JSON.stringify(options.body);
    const timestamp = String(NOW);
    return fetch(signedUrl, {
      method: options.method,
      headers: { 'content-type': 'application/json', 'x-hubspot-request-timestamp': timestamp, 'x-hubspot-signature-v3': signatureV3(SECRET, { method: options.method, url: signedUrl, body, timestamp }) },
      ...(options.method === 'GET' ? {} : { body }),
    });
  };

  it('parses every answer with the contracts, and errors keep their code', async () => {
    const client = createFetchClient(hubspotFetch(USERS.eastRep), server.url);
    const card = await client.dealKpis({ dealId: openDealOfEastRep });
    expect(card.ok).toBe(true);
    const scorecard = await client.ownerScorecard({});
    expect(scorecard.ok && scorecard.data.owner.id).toBe(eastRepOwnerId);
    const funnel = await client.funnelHealth({});
    expect(funnel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const admin = createFetchClient(hubspotFetch(USERS.admin), server.url);
    expect((await admin.settingsContext()).ok).toBe(true);
    expect(await admin.saveSettings({ settings: {}, expectedVersion: 0 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

describe('the alert scan through the backend', () => {
  const tasksInHubSpot = () => emulator.state.builtIns.get('tasks')?.size ?? 0;

  it('creates the same tasks as the handler on the snapshot; a second scan creates nothing new', async () => {
    const before = tasksInHubSpot();
    const first = await signedFetch(server.url, '/api/v1/alerts/scan', { userId: USERS.director, body: { period: '2026-Q3' } });
    expect(first.status).toBe(200);
    const engine = (await direct(scanAlerts, USERS.director, { period: '2026-Q3' })) as { created: number; tasks: { subject: string }[] };
    const created = (first.body as { data: { created: number; updated: number; resolved: number; tasks: { id: string; subject: string }[] } }).data;
    expect(created.created).toBeGreaterThan(0);
    expect(created.created).toBe(engine.created);
    expect(created.tasks.map((t) => t.subject)).toEqual(engine.tasks.map((t) => t.subject));
    expect(tasksInHubSpot() - before).toBe(created.created);

    const second = await signedFetch(server.url, '/api/v1/alerts/scan', { userId: USERS.director, body: { period: '2026-Q3' } });
    expect(second.body).toEqual({ ok: true, data: { created: 0, updated: 0, resolved: 0, tasks: [], uiDomain: 'app.hubspot.com' } });
    expect(tasksInHubSpot() - before).toBe(created.created);
  });

  it('is refused to a rep, as forbidden in a 200 the proxy passes on', async () => {
    expect(await signedFetch(server.url, '/api/v1/alerts/scan', { userId: USERS.eastRep, body: {} })).toMatchObject({ status: 200, body: { ok: false, error: { code: 'forbidden' } } });
  });
});

describe('settings writes through the backend validate against the portal HubSpot serves', () => {
  it('save and restore answer as the handlers do on the snapshot', async () => {
    const current = ((await signedFetch(server.url, '/api/v1/settings', { method: 'GET', userId: USERS.admin })).body as { data: { version: number; settings: Record<string, unknown> } }).data;
    const edit = { settings: { ...current.settings, fiscalYearStartMonth: 4 }, expectedVersion: current.version };
    const saved = await signedFetch(server.url, '/api/v1/settings', { method: 'PUT', userId: USERS.admin, body: edit });
    const engineSaved = (await direct(saveSettings, USERS.admin, edit)) as Record<string, unknown>;
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({ ok: true, data: engineSaved });

    const restore = { version: current.version, expectedVersion: current.version + 1 };
    const restored = await signedFetch(server.url, '/api/v1/settings/restore', { userId: USERS.admin, body: restore });
    expect(restored.status).toBe(200);
    expect(restored.body).toEqual({ ok: true, data: await direct(restoreSettings, USERS.admin, restore) });

    const unknownPipeline = { settings: { ...current.settings, funnel: { ...(current.settings.funnel as object), thresholds: [{ pipelineId: 'no-such-pipeline', fromStageId: 'a', toStageId: 'b', minRate: 0.5 }] } }, expectedVersion: current.version + 2 };
    const refused = await signedFetch(server.url, '/api/v1/settings', { method: 'PUT', userId: USERS.admin, body: unknownPipeline });
    expect(refused.status).toBe(200);
    const engineRefused = await saveSettings(unknownPipeline, { ...servicesOf(crmPortFromSnapshot(data), directStore), viewer: viewer(USERS.admin), now: () => NOW });
    expect(engineRefused.ok).toBe(false);
    expect(refused.body).toEqual({ ok: false, error: engineRefused.ok ? null : engineRefused.error });
    expect((refused.body as { error: { fields: { field: string }[] } }).error.fields.map((f) => f.field).join(' ')).toMatch(/thresholds/);
  });
});
