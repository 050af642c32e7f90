import fc from 'fast-check';
import type { FetchLike } from '../../../extensions/client/createFetchClient';
import { codeForStatus, createFetchClient } from '../../../extensions/client/createFetchClient';
import { ENDPOINTS } from '../../../extensions/client/endpoints';
import { errorCodeSchema } from '../../../src/handlers/contracts/common';
import { funnelFixture, historyFixture, storedSettings } from '../support/fixtures';

const reply = (status: number, body: unknown): Awaited<ReturnType<FetchLike>> => ({
  ok: status >= 200 && status < 300,
  status,
  json: async () => body,
});
/** The backend's answer to every handler result: HTTP 200 with the envelope. */
const answered = (data: unknown) => reply(200, { ok: true, data });

describe('createFetchClient', () => {
  it('POSTs the input to the route with the surface’s timeout and reads the envelope’s data as the DTO', async () => {
    const fetchFn = jest.fn<ReturnType<FetchLike>, Parameters<FetchLike>>(async () => answered(funnelFixture));
    const result = await createFetchClient(fetchFn, 'https://kpi.example.cn/').funnelHealth({ pipelineId: 'default' });
    expect(fetchFn).toHaveBeenCalledWith('https://kpi.example.cn/api/v1/funnel-health', {
      method: 'POST',
      timeout: 30_000,
      body: { pipelineId: 'default' },
    });
    expect(result).toEqual({ ok: true, data: funnelFixture });
  });

  it('uses GET without a body and PUT for saving, on the documented routes', async () => {
    const calls: [string, string, boolean][] = [];
    const fetchFn: FetchLike = async (url, options) => {
      calls.push([options.method, url, options.body !== undefined]);
      return answered(url.endsWith('/history') ? historyFixture : storedSettings());
    };
    const client = createFetchClient(fetchFn, 'https://kpi.example.cn');
    await client.getSettings();
    await client.settingsHistory();
    await client.saveSettings({ settings: storedSettings().settings, expectedVersion: 7 });
    await client.restoreSettings({ version: 5, expectedVersion: 7 });
    expect(calls).toEqual([
      ['GET', 'https://kpi.example.cn/api/v1/settings', false],
      ['GET', 'https://kpi.example.cn/api/v1/settings/history', false],
      ['PUT', 'https://kpi.example.cn/api/v1/settings', true],
      ['POST', 'https://kpi.example.cn/api/v1/settings/restore', true],
    ]);
  });

  it('reads a refusal answered 200 with { ok: false, error } as the handler said it', async () => {
    const error = { code: 'conflict', message: 'settings were saved by someone else (version 8)' };
    const result = await createFetchClient(async () => reply(200, { ok: false, error }), 'https://x').saveSettings({ settings: {}, expectedVersion: 7 });
    expect(result).toEqual({ ok: false, error });
  });

  it('waits up to 120 s for the alert scan and 60 s for a scorecard, and no more than 15 s for the deal card or the settings', async () => {
    const timeouts = new Map<string, number | undefined>();
    const fetchFn: FetchLike = async (url, options) => {
      timeouts.set(url.replace('https://x', ''), options.timeout);
      return reply(503, null);
    };
    const client = createFetchClient(fetchFn, 'https://x');
    await Promise.all([client.scanAlerts({}), client.ownerScorecard({}), client.dealKpis({ dealId: '1' }), client.getSettings(), client.saveSettings({ settings: {}, expectedVersion: 1 })]);
    expect(Object.fromEntries(timeouts)).toEqual({ '/api/v1/alerts/scan': 120_000, '/api/v1/owner-scorecard': 60_000, '/api/v1/deal-kpis': 15_000, '/api/v1/settings': 15_000 });
    for (const endpoint of Object.values(ENDPOINTS)) expect(endpoint.timeoutMs).toBeLessThanOrEqual(120_000);
    expect(ENDPOINTS.getSettings.timeoutMs).toBeLessThan(15_000);
  });

  it('falls back on the HTTP status when an error body is not ours (a proxy page, say)', async () => {
    const notJson: FetchLike = async () => ({ ok: false, status: 403, json: async () => Promise.reject(new SyntaxError('Unexpected token <')) });
    const result = await createFetchClient(notJson, 'https://x').funnelHealth({});
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: 'The KPI service answered HTTP 403.' } });
  });

  it('reports a 2xx body that breaks the contract as internal, and a network failure as could-not-reach', async () => {
    const bad = await createFetchClient(async () => answered({ teams: 'none' }), 'https://x').funnelHealth({});
    expect(bad).toMatchObject({ ok: false, error: { code: 'internal' } });
    const down = await createFetchClient(async () => {
      throw new Error('Request timed out after 15000ms');
    }, 'https://x').funnelHealth({});
    expect(down).toMatchObject({ ok: false, error: { code: 'crm_unavailable', message: expect.stringContaining('Could not reach') } });
  });

  it('maps the statuses the backend uses to the codes the cards act on', () => {
    expect([400, 401, 403, 404, 409, 422, 429, 500, 503].map(codeForStatus)).toEqual([
      'invalid', 'unauthorized', 'forbidden', 'not_found', 'conflict', 'invalid', 'rate_limited', 'crm_unavailable', 'crm_unavailable',
    ]);
  });

  it('returns any well-formed refusal in the envelope unchanged, whatever the status that carried it (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(200, 400, 409, 500), fc.constantFrom(...errorCodeSchema.options), fc.string(), async (status, code, message) => {
        const result = await createFetchClient(async () => reply(status, { ok: false, error: { code, message } }), 'https://x').getSettings();
        expect(result).toEqual({ ok: false, error: { code, message } });
      }),
    );
  });

  it('reads a status whose body HubSpot’s proxy replaced from the status alone (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 300, max: 599 }), async (status) => {
        const proxied = reply(status, { status: 'error', message: 'The request failed', correlationId: 'c0ffee' });
        const result = await createFetchClient(async () => proxied, 'https://x').getSettings();
        expect(result).toEqual({ ok: false, error: { code: codeForStatus(status), message: `The KPI service answered HTTP ${status}.` } });
      }),
    );
  });
});
