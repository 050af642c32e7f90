import { crmPortFromSnapshot } from '../../src/crm/crmPortFromSnapshot';
import type { BackendOptions } from '../../src/server/createBackend';
import { createBackend } from '../../src/server/createBackend';
import { silentLogger } from '../../src/server/backendLogger';
import { signatureV3 } from '../../src/server/hubspotSignature';
import type { SqliteStore } from '../../src/store/sqliteStore';
import type { Listening } from './backendHarness';
import { NOW, PORTAL_ID, SECRET, USERS, demoSnapshot, demoStore, listen, portalDataOf, servicesOf, signedFetch } from './backendHarness';

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

async function start(options: Partial<BackendOptions> = {}): Promise<string> {
  const app = createBackend({
    portalId: PORTAL_ID,
    clientSecret: SECRET,
    services: () => servicesOf(crmPortFromSnapshot(data), store),
    now: () => NOW,
    logger: silentLogger,
    ...options,
  });
  const server = await listen(app);
  servers.push(server);
  return server.url;
}

const errorOf = (body: unknown) => (body as { error: { code: string; message: string } }).error;

describe('signed requests (X-HubSpot-Signature-v3)', () => {
  let url: string;
  beforeAll(async () => {
    url = await start();
  });

  it('serves a request HubSpot signed, as the user named in the signed URL', async () => {
    const answer = await signedFetch(url, '/api/v1/settings', { method: 'GET', userId: USERS.admin });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ version: 1 });
  });

  it('refuses a signature made with another secret (401)', async () => {
    const answer = await signedFetch(url, '/api/v1/settings', { method: 'GET', secret: 'someone-elses-secret' });
    expect(answer.status).toBe(401);
    expect(errorOf(answer.body)).toEqual({ code: 'unauthorized', message: expect.stringContaining('signature does not match') });
  });

  it('refuses a request whose body was changed after signing (401)', async () => {
    const path = `/api/v1/deal-kpis?portalId=${PORTAL_ID}&userId=${USERS.admin}`;
    const headers = {
      'x-hubspot-signature-v3': signatureV3(SECRET, { method: 'POST', url: `${url}${path}`, body: '{"dealId":"1"}', timestamp: String(NOW) }),
      'x-hubspot-request-timestamp': String(NOW),
      'content-type': 'application/json',
    };
    const tampered = await fetch(`${url}${path}`, { method: 'POST', headers, body: '{"dealId":"2"}' });
    expect(tampered.status).toBe(401);
    const original = await fetch(`${url}${path}`, { method: 'POST', headers, body: '{"dealId":"1"}' });
    expect(original.status).not.toBe(401);
  });

  it('refuses a timestamp over 5 minutes old (401), and accepts one just under', async () => {
    expect((await signedFetch(url, '/api/v1/settings', { method: 'GET', timestamp: NOW - 5 * 60_000 - 1 })).status).toBe(401);
    expect((await signedFetch(url, '/api/v1/settings', { method: 'GET', timestamp: NOW - 4 * 60_000 })).status).toBe(200);
  });

  it('refuses a request without signature headers (401)', async () => {
    const response = await fetch(`${url}/api/v1/settings?portalId=${PORTAL_ID}&userId=${USERS.admin}`);
    expect(response.status).toBe(401);
    expect(errorOf(await response.json()).code).toBe('unauthorized');
  });

  it('refuses a correctly signed request for another portal (403)', async () => {
    const answer = await signedFetch(url, '/api/v1/settings', { method: 'GET', portalId: 999 });
    expect(answer.status).toBe(403);
    expect(errorOf(answer.body)).toEqual({ code: 'forbidden', message: `this backend serves portal ${PORTAL_ID}, not 999` });
  });

  it('refuses a URL where the card put its own portalId or userId before HubSpot’s (401)', async () => {
    expect((await signedFetch(url, '/api/v1/settings', { method: 'GET', query: `portalId=${PORTAL_ID}` })).status).toBe(401);
    expect((await signedFetch(url, '/api/v1/settings', { method: 'GET', query: `userId=${USERS.director}` })).status).toBe(401);
  });

  it('takes the viewer from the signed URL, never from the body', async () => {
    // A rep signs a save that claims to come from the admin: the body's claim is ignored.
    const answer = await signedFetch(url, '/api/v1/settings', {
      method: 'PUT',
      userId: USERS.eastRep,
      body: { settings: {}, expectedVersion: 1, userId: USERS.admin, portalId: PORTAL_ID, viewer: { userId: USERS.admin } },
    });
    expect(answer.status).toBe(403);
  });

  it('keeps /healthz open for probes', async () => {
    const response = await fetch(`${url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it("serves the KPI reference unsigned, for the cards' \"How this was calculated\" link", async () => {
    const response = await fetch(`${url}/docs/kpis.md`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/markdown');
    const text = await response.text();
    expect(text).toContain('# How every number is calculated');
    expect(text).toContain('### Revenue attainment');
  });
});

describe('behind a proxy (PUBLIC_BASE_URL)', () => {
  it('checks the signature against the public URL HubSpot called, not the local host', async () => {
    const url = await start({ publicBaseUrl: 'https://kpi.example.com/' });
    const viaProxy = await signedFetch(url, '/api/v1/settings', { method: 'GET', signedBase: 'https://kpi.example.com' });
    expect(viaProxy.status).toBe(200);
    expect((await signedFetch(url, '/api/v1/settings', { method: 'GET' })).status).toBe(401);
  });

  it('without it, a URL signed for the public host does not verify', async () => {
    const url = await start();
    expect((await signedFetch(url, '/api/v1/settings', { method: 'GET', signedBase: 'https://kpi.example.com' })).status).toBe(401);
  });
});

describe('dev mode', () => {
  it('is off by default: a demo user header or query is not a way in', async () => {
    const url = await start();
    const byHeader = await fetch(`${url}/api/v1/settings`, { headers: { 'x-demo-user-id': String(USERS.admin) } });
    expect(byHeader.status).toBe(401);
    const byQuery = await fetch(`${url}/api/v1/settings?demoUserId=${USERS.admin}`);
    expect(byQuery.status).toBe(401);
  });

  it('when started so, serves an unsigned request as the chosen demo user, in the backend’s own portal', async () => {
    const url = await start({ devMode: true, clientSecret: null });
    const asAdmin = await fetch(`${url}/api/v1/settings`, { headers: { 'x-demo-user-id': String(USERS.admin) } });
    expect(asAdmin.status).toBe(200);
    const asRep = await fetch(`${url}/api/v1/settings/history?demoUserId=${USERS.eastRep}`);
    expect(asRep.status).toBe(403);
    const nobody = await fetch(`${url}/api/v1/settings`);
    expect(nobody.status).toBe(401);
    expect(errorOf(await nobody.json()).message).toMatch(/demo user/);
  });

  it('still verifies signed requests when a secret is given', async () => {
    const url = await start({ devMode: true });
    expect((await signedFetch(url, '/api/v1/settings', { method: 'GET' })).status).toBe(200);
    expect((await signedFetch(url, '/api/v1/settings', { method: 'GET', secret: 'wrong' })).status).toBe(401);
  });

  it('is the only way to run without a client secret', () => {
    expect(() => createBackend({ portalId: PORTAL_ID, clientSecret: null, services: () => servicesOf(crmPortFromSnapshot(data), store) })).toThrow(/client secret/);
  });
});

describe('the gateway is not touched before verification', () => {
  it('answers 401 without building deps for an unsigned request', async () => {
    let built = 0;
    const url = await start({
      services: () => {
        built += 1;
        return servicesOf(crmPortFromSnapshot(data), store);
      },
    });
    await fetch(`${url}/api/v1/deal-kpis`, { method: 'POST', body: '{}' });
    expect(built).toBe(0);
  });
});
