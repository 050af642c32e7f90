import { CrmError } from '../../src/crm/crmError';
import { crmPortFromSnapshot } from '../../src/crm/crmPortFromSnapshot';
import type { CrmPort } from '../../src/crm/crmPort';
import type { BackendLogger } from '../../src/server/backendLogger';
import { createBackend } from '../../src/server/createBackend';
import type { ServicesFactory } from '../../src/server/routeHandler';
import type { SqliteStore } from '../../src/store/sqliteStore';
import type { Listening } from './backendHarness';
import { NOW, PORTAL_ID, SECRET, USERS, demoSnapshot, demoStore, listen, portalDataOf, servicesOf, signedFetch } from './backendHarness';

const data = portalDataOf(demoSnapshot(300));
const someDealId = data.deals[0]?.id ?? '';
let store: SqliteStore;
const servers: Listening[] = [];
const logged: { message: string; error: unknown }[] = [];
const logger: BackendLogger = { info: () => undefined, error: (message, error) => void logged.push({ message, error }) };

beforeAll(async () => {
  store = await demoStore();
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  store.close();
});

async function start(services: ServicesFactory = () => servicesOf(crmPortFromSnapshot(data), store)): Promise<string> {
  const server = await listen(createBackend({ portalId: PORTAL_ID, clientSecret: SECRET, services, now: () => NOW, logger }));
  servers.push(server);
  return server.url;
}

/** A CRM port whose every read fails the way the gateway reports HubSpot failing. */
function failingCrm(error: Error): CrmPort {
  const fail = () => Promise.reject(error);
  return { portal: fail, roster: fail, pipelines: fail, dealPropertyDefinitions: fail, user: fail, scorecardData: fail, goalFamilies: fail, funnelData: fail, dealCard: fail, dataAsOf: () => null, createTask: fail, updateTask: fail, existingTaskIds: fail };
}

describe('error answers: { error: { code, message, fields? } } with the status of the code', () => {
  let url: string;
  beforeAll(async () => {
    url = await start();
  });

  it('400 invalid for a body that is not JSON', async () => {
    const answer = await signedFetch(url, '/api/v1/deal-kpis', { rawBody: '{"dealId": "1"' });
    expect(answer).toEqual({ status: 400, body: { error: { code: 'invalid', message: 'the request body is not valid JSON' } } });
  });

  it('400 invalid with the fields when the input breaks its contract', async () => {
    const answer = await signedFetch(url, '/api/v1/deal-kpis', { body: { dealId: '' } });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'invalid', fields: [{ field: 'dealId' }] } });
  });

  it('413 invalid for a body over 1 MB, before anything reads it', async () => {
    const answer = await signedFetch(url, '/api/v1/deal-kpis', { body: { dealId: '1', padding: 'x'.repeat(1024 * 1024) } });
    expect(answer).toEqual({ status: 413, body: { error: { code: 'invalid', message: 'the request body is larger than 1 MB' } } });
  });

  it('404 not_found for a deal HubSpot does not have, and for a path the backend does not serve', async () => {
    const deal = await signedFetch(url, '/api/v1/deal-kpis', { body: { dealId: '999999999' } });
    expect(deal.status).toBe(404);
    expect(deal.body).toMatchObject({ error: { code: 'not_found' } });
    const path = await signedFetch(url, '/api/v1/nothing-here', { method: 'GET' });
    expect(path).toEqual({ status: 404, body: { error: { code: 'not_found', message: 'no route for GET /api/v1/nothing-here' } } });
    const wrongMethod = await signedFetch(url, '/api/v1/deal-kpis', { method: 'GET' });
    expect(wrongMethod.status).toBe(404);
  });

  it('403 forbidden when a rep asks for the funnel page', async () => {
    const answer = await signedFetch(url, '/api/v1/funnel-health', { userId: USERS.eastRep, body: {} });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ error: { code: 'forbidden' } });
  });

  it('a deal card for anyone, including a rep, is 200', async () => {
    expect((await signedFetch(url, '/api/v1/deal-kpis', { userId: USERS.eastRep, body: { dealId: someDealId } })).status).toBe(200);
  });
});

describe('a request that cannot succeed is not sent to HubSpot', () => {
  it('a 16,000-character deal id is a 400 naming dealId at once, with no HubSpot call', async () => {
    let calls = 0;
    const counting = failingCrm(new CrmError({ kind: 'unavailable', status: 0, message: 'should not be called' }));
    const url = await start(() => servicesOf(new Proxy(counting, { get: (target, key) => (calls++, target[key as keyof CrmPort]) }), store));
    const started = Date.now();
    const answer = await signedFetch(url, '/api/v1/deal-kpis', { body: { dealId: '9'.repeat(16_000) } });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'invalid', fields: [{ field: 'dealId' }] } });
    expect(calls).toBe(0);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('HubSpot failures', () => {
  it('429 rate_limited when HubSpot keeps rate limiting', async () => {
    const url = await start(() => servicesOf(failingCrm(new CrmError({ kind: 'rate_limited', status: 429, message: 'ten secondly rolling limit' })), store));
    const answer = await signedFetch(url, '/api/v1/owner-scorecard', { body: {} });
    expect(answer.status).toBe(429);
    expect(answer.body).toMatchObject({ error: { code: 'rate_limited' } });
  });

  it('502 crm_unavailable when HubSpot is down or refuses the token', async () => {
    const down = await start(() => servicesOf(failingCrm(new CrmError({ kind: 'unavailable', status: 503, message: 'upstream' })), store));
    expect((await signedFetch(down, '/api/v1/funnel-health', { body: {} })).status).toBe(502);
    const badToken = await start(() => servicesOf(failingCrm(new CrmError({ kind: 'unauthorized', status: 401, message: 'expired' })), store));
    const answer = await signedFetch(badToken, '/api/v1/deal-kpis', { body: { dealId: '1' } });
    expect(answer.status).toBe(502);
    expect(answer.body).toMatchObject({ error: { code: 'crm_unavailable' } });
  });
});

describe('unexpected failures', () => {
  it('500 internal with a generic message: the stack and the cause stay in the log', async () => {
    logged.length = 0;
    const url = await start(() => {
      throw new Error('SQLITE_CORRUPT at /var/lib/kpi/kpi.sqlite');
    });
    const answer = await signedFetch(url, '/api/v1/deal-kpis', { body: { dealId: '1' } });
    expect(answer).toEqual({ status: 500, body: { error: { code: 'internal', message: 'something went wrong on the KPI backend; it has been logged', requestId: expect.any(String) } } });
    expect(JSON.stringify(answer.body)).not.toMatch(/SQLITE|kpi\.sqlite|at .*\.ts/);
    const requestId = (answer.body as { error: { requestId: string } }).error.requestId;
    expect(logged).toHaveLength(1);
    expect(logged[0]?.message).toBe(`POST /api/v1/deal-kpis failed (request ${requestId})`);
    expect((logged[0]?.error as Error).message).toContain('SQLITE_CORRUPT');
  });

  it('a bug inside a handler is a 500 logged once with its stack, under the request id the answer carries', async () => {
    logged.length = 0;
    const bug = new TypeError("Cannot read properties of undefined (reading 'stages')");
    const url = await start(() => servicesOf(failingCrm(bug), store));
    const answers = await Promise.all([signedFetch(url, '/api/v1/deal-kpis', { body: { dealId: '1' } }), signedFetch(url, '/api/v1/funnel-health', { body: {} })]);
    const ids = answers.map((a) => {
      expect(a.status).toBe(500);
      expect(a.body).toMatchObject({ error: { code: 'internal' } });
      expect(JSON.stringify(a.body)).not.toContain('stages');
      return (a.body as { error: { requestId: string } }).error.requestId;
    });
    expect(new Set(ids).size).toBe(2);
    expect(logged).toHaveLength(2);
    for (const id of ids) {
      const line = logged.find((l) => l.message.includes(`(request ${id})`));
      expect(line?.error).toBe(bug);
      expect((line?.error as Error).stack).toContain('TypeError');
    }
  });

  it('an expected failure is answered without an error log line', async () => {
    logged.length = 0;
    const url = await start(() => servicesOf(failingCrm(new CrmError({ kind: 'unavailable', status: 503, message: 'upstream' })), store));
    expect((await signedFetch(url, '/api/v1/deal-kpis', { body: { dealId: '1' } })).status).toBe(502);
    expect(logged).toHaveLength(0);
  });
});
