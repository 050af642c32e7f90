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
  return { portal: fail, roster: fail, pipelines: fail, dealPropertyDefinitions: fail, propertyOptions: fail, propertyExists: fail, user: fail, scorecardData: fail, goalFamilies: fail, funnelData: fail, dealCard: fail, forecastSubmissions: fail, dataAsOf: () => null, createTask: fail, updateTask: fail, existingTaskIds: fail, tasksBySubject: fail };
}

describe('answers: a handler’s refusal is 200 { ok: false, error }, a transport failure its status with the same body', () => {
  let url: string;
  beforeAll(async () => {
    url = await start();
  });

  it('400 invalid for a body that is not JSON', async () => {
    const answer = await signedFetch(url, '/api/v1/deal-kpis', { rawBody: '{"dealId": "1"' });
    expect(answer).toEqual({ status: 400, body: { ok: false, error: { code: 'invalid', message: 'the request body is not valid JSON' } } });
  });

  it('200 invalid with the fields when the input breaks its contract', async () => {
    const answer = await signedFetch(url, '/api/v1/deal-kpis', { body: { dealId: '' } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ field: 'dealId' }] } });
  });

  it('413 invalid for a body over 1 MB, before anything reads it', async () => {
    const answer = await signedFetch(url, '/api/v1/deal-kpis', { body: { dealId: '1', padding: 'x'.repeat(1024 * 1024) } });
    expect(answer).toEqual({ status: 413, body: { ok: false, error: { code: 'invalid', message: 'the request body is larger than 1 MB' } } });
  });

  it('not_found for a deal HubSpot does not have (200), and 404 for a path the backend does not serve', async () => {
    const deal = await signedFetch(url, '/api/v1/deal-kpis', { body: { dealId: '999999999' } });
    expect(deal.status).toBe(200);
    expect(deal.body).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const path = await signedFetch(url, '/api/v1/nothing-here', { method: 'GET' });
    expect(path).toEqual({ status: 404, body: { ok: false, error: { code: 'not_found', message: 'no route for GET /api/v1/nothing-here' } } });
    const wrongMethod = await signedFetch(url, '/api/v1/deal-kpis', { method: 'GET' });
    expect(wrongMethod.status).toBe(404);
  });

  it('forbidden (200) when a rep asks for the funnel page', async () => {
    const answer = await signedFetch(url, '/api/v1/funnel-health', { userId: USERS.eastRep, body: {} });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('a deal card for anyone, including a rep, is 200 { ok: true, data }', async () => {
    expect(await signedFetch(url, '/api/v1/deal-kpis', { userId: USERS.eastRep, body: { dealId: someDealId } })).toMatchObject({ status: 200, body: { ok: true, data: { deal: { id: someDealId } } } });
  });
});

describe('a request that cannot succeed is not sent to HubSpot', () => {
  it('a 16,000-character deal id is refused as invalid naming dealId at once, with no HubSpot call', async () => {
    let calls = 0;
    const counting = failingCrm(new CrmError({ kind: 'unavailable', status: 0, message: 'should not be called' }));
    const url = await start(() => servicesOf(new Proxy(counting, { get: (target, key) => (calls++, target[key as keyof CrmPort]) }), store));
    const started = Date.now();
    const answer = await signedFetch(url, '/api/v1/deal-kpis', { body: { dealId: '9'.repeat(16_000) } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ field: 'dealId' }] } });
    expect(calls).toBe(0);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});

describe('HubSpot failures', () => {
  it('rate_limited (200) when HubSpot keeps rate limiting: the budget is spent, so the proxy must not retry', async () => {
    const url = await start(() => servicesOf(failingCrm(new CrmError({ kind: 'rate_limited', status: 429, message: 'ten secondly rolling limit' })), store));
    const answer = await signedFetch(url, '/api/v1/owner-scorecard', { body: {} });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
  });

  it('crm_unavailable (200) when HubSpot is down or refuses the token', async () => {
    const down = await start(() => servicesOf(failingCrm(new CrmError({ kind: 'unavailable', status: 503, message: 'upstream' })), store));
    expect(await signedFetch(down, '/api/v1/funnel-health', { body: {} })).toMatchObject({ status: 200, body: { ok: false, error: { code: 'crm_unavailable' } } });
    const badToken = await start(() => servicesOf(failingCrm(new CrmError({ kind: 'unauthorized', status: 401, message: 'expired' })), store));
    const answer = await signedFetch(badToken, '/api/v1/deal-kpis', { body: { dealId: '1' } });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'crm_unavailable' } });
  });
});

describe('unexpected failures', () => {
  it('500 internal with a generic message: the stack and the cause stay in the log', async () => {
    logged.length = 0;
    const url = await start(() => {
      throw new Error('SQLITE_CORRUPT at /var/lib/kpi/kpi.sqlite');
    });
    const answer = await signedFetch(url, '/api/v1/deal-kpis', { body: { dealId: '1' } });
    expect(answer).toEqual({ status: 500, body: { ok: false, error: { code: 'internal', message: 'something went wrong on the KPI backend; it has been logged', requestId: expect.any(String) } } });
    expect(JSON.stringify(answer.body)).not.toMatch(/SQLITE|kpi\.sqlite|at .*\.ts/);
    const requestId = (answer.body as { error: { requestId: string } }).error.requestId;
    expect(logged).toHaveLength(1);
    expect(logged[0]?.message).toBe(`POST /api/v1/deal-kpis failed (request ${requestId})`);
    expect((logged[0]?.error as Error).message).toContain('SQLITE_CORRUPT');
  });

  it('a bug inside a handler is internal, logged once with its stack, under the request id the answer carries to the card (a 200, so HubSpot’s proxy keeps it)', async () => {
    logged.length = 0;
    const bug = new TypeError("Cannot read properties of undefined (reading 'stages')");
    const url = await start(() => servicesOf(failingCrm(bug), store));
    const answers = await Promise.all([signedFetch(url, '/api/v1/deal-kpis', { body: { dealId: '1' } }), signedFetch(url, '/api/v1/funnel-health', { body: {} })]);
    const ids = answers.map((a) => {
      expect(a.status).toBe(200);
      expect(a.body).toMatchObject({ ok: false, error: { code: 'internal' } });
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
    expect(await signedFetch(url, '/api/v1/deal-kpis', { body: { dealId: '1' } })).toMatchObject({ status: 200, body: { ok: false, error: { code: 'crm_unavailable' } } });
    expect(logged).toHaveLength(0);
  });
});
