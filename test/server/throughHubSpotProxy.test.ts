import { createFetchClient } from '../../extensions/client/createFetchClient';
import { crmPortFromSnapshot } from '../../src/crm/crmPortFromSnapshot';
import { silentLogger } from '../../src/server/backendLogger';
import { createBackend } from '../../src/server/createBackend';
import type { ServicesFactory } from '../../src/server/routeHandler';
import type { SqliteStore } from '../../src/store/sqliteStore';
import type { Listening } from './backendHarness';
import { NOW, PORTAL_ID, SECRET, USERS, demoSnapshot, demoStore, listen, portalDataOf, servicesOf } from './backendHarness';
import type { ProxyLog } from './hubspotProxyStandIn';
import { hubspotProxyStandIn } from './hubspotProxyStandIn';

/**
 * The cards' fetch client → a stand-in of HubSpot's proxy → the backend: what a card sees of
 * each answer once HubSpot's proxy has had its say (it hides 3xx–5xx bodies and retries a 5xx).
 */
const data = portalDataOf(demoSnapshot(300));
let store: SqliteStore;
const servers: Listening[] = [];

beforeAll(async () => {
  store = await demoStore();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  store.close();
});

async function start(services: ServicesFactory = () => servicesOf(crmPortFromSnapshot(data), store)): Promise<string> {
  const server = await listen(createBackend({ portalId: PORTAL_ID, clientSecret: SECRET, services, now: () => NOW, logger: silentLogger }));
  servers.push(server);
  return server.url;
}

const admin = { userId: USERS.admin, email: 'revops@demo-sales.cn' };

describe('through HubSpot’s proxy, every refusal reaches the card as its own message', () => {
  it('forbidden, not found, conflict and invalid with its fields each arrive as the handler said them', async () => {
    const url = await start();
    const rep = createFetchClient(hubspotProxyStandIn({ userId: USERS.eastRep }), url);
    expect(await rep.funnelHealth({})).toEqual({ ok: false, error: { code: 'forbidden', message: 'funnel health is for managers, directors and admins' } });
    expect(await rep.dealKpis({ dealId: '999999999' })).toEqual({ ok: false, error: { code: 'not_found', message: 'deal 999999999 was not found' } });

    const client = createFetchClient(hubspotProxyStandIn(admin), url);
    const current = await client.getSettings();
    if (!current.ok) throw new Error(current.error.message);
    const stale = await client.saveSettings({ settings: current.data.settings, expectedVersion: current.data.version - 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining(String(current.data.version)) } });
    const broken = await client.saveSettings({ settings: { ...(current.data.settings as object), fiscalYearStartMonth: 13 }, expectedVersion: current.data.version });
    expect(broken).toMatchObject({ ok: false, error: { code: 'invalid', fields: expect.arrayContaining([expect.objectContaining({ field: 'fiscalYearStartMonth' })]) } });
  });

  it('a crash is a 500 the proxy retries once and then hides: the card still gets a code it can offer Retry for', async () => {
    const log: ProxyLog = { sent: [] };
    const url = await start(() => {
      throw new Error('the database file is locked');
    });
    const answer = await createFetchClient(hubspotProxyStandIn(admin, log), url).getSettings();
    expect(answer).toEqual({ ok: false, error: { code: 'crm_unavailable', message: 'The KPI service answered HTTP 500.' } });
    expect(log.sent).toEqual([
      { method: 'GET', path: '/api/v1/settings', status: 500 },
      { method: 'GET', path: '/api/v1/settings', status: 500 },
    ]);
  });

  it('a save whose answer was lost in a 5xx after it landed is answered, when the proxy retries, as the save it was', async () => {
    const log: ProxyLog = { sent: [] };
    let lost = false;
    /** A load balancer that passes the first save to the backend, then answers 502 instead of its reply. */
    const losingTheFirstSaveReply: typeof fetch = async (input, init) => {
      const reply = await fetch(input, init);
      if (init?.method !== 'PUT' || lost) return reply;
      lost = true;
      return new Response('Bad Gateway', { status: 502 });
    };
    const url = await start();
    const client = createFetchClient(hubspotProxyStandIn(admin, log, losingTheFirstSaveReply), url);
    const current = await client.getSettings();
    if (!current.ok) throw new Error(current.error.message);
    const saved = await client.saveSettings({ settings: { ...(current.data.settings as object), fiscalYearStartMonth: 7 }, expectedVersion: current.data.version });
    expect(saved).toMatchObject({ ok: true, data: { version: current.data.version + 1, settings: { fiscalYearStartMonth: 7 } } });
    expect(log.sent.filter((s) => s.method === 'PUT').map((s) => s.status)).toEqual([502, 200]);
    const history = await client.settingsHistory();
    expect(history.ok && history.data.versions.filter((v) => v.version > current.data.version)).toHaveLength(1);
  });
});
