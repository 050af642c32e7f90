import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignatureV3 } from '../../src/server/hubspotSignature';
import type { WebhookOptions } from '../../src/emulator/webhookOptions';
import type { Harness } from './fixtures';
import { PORTAL_ID, startHarness } from './fixtures';

const SECRET = 'app-client-secret';

interface Received {
  url: string;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * A stand-in for the backend's webhook endpoint: records every request, answers with what
 * `answer` says after `delayMs`, and notes the most requests it held at once.
 */
async function receiver(answer: (attempt: number) => number | 'hang' = () => 204, delayMs = 0) {
  const received: Received[] = [];
  const concurrency = { now: 0, max: 0 };
  const server = createServer((req, res) => {
    let body = '';
    concurrency.now += 1;
    concurrency.max = Math.max(concurrency.max, concurrency.now);
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ url: req.url ?? '', body, headers: req.headers });
      const status = answer(received.length);
      if (status === 'hang') return;
      setTimeout(() => {
        concurrency.now -= 1;
        res.statusCode = status;
        res.end();
      }, delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/hubspot?source=emulator`;
  return {
    url,
    received,
    concurrency,
    events: () => received.flatMap((r) => JSON.parse(r.body) as Record<string, unknown>[]),
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

let h: Harness;
let hook: Awaited<ReturnType<typeof receiver>>;
let clock = 0;
const start = async (answer?: (attempt: number) => number | 'hang', webhooks: Partial<WebhookOptions> = {}, delayMs = 0) => {
  clock = Date.UTC(2026, 3, 1, 9, 0);
  hook = await receiver(answer, delayMs);
  h = await startHarness(undefined, { limits: false, now: () => clock, webhooks: { url: hook.url, clientSecret: SECRET, appId: 777, retryDelayMs: 5, ...webhooks } });
};
const idle = () => h.emulator.webhooks?.idle() ?? Promise.resolve();
afterEach(async () => {
  await h.server.close();
  await hook.close();
});

describe('webhooks for deal writes', () => {
  it('a stage move posts object.propertyChange events, signed with v3 over the exact URL and body', async () => {
    await start(undefined, { propertyChanges: ['dealstage', 'amount'] });
    await h.client.crm.deals.basicApi.update('105', { properties: { dealstage: 'closedwon', dealname: 'Stark upgrade (won)' } });
    await idle();
    expect(hook.received).toHaveLength(1);
    const [request] = hook.received;
    if (request === undefined) throw new Error('no request');
    const check = verifySignatureV3(
      SECRET,
      { method: 'POST', url: hook.url, body: request.body, timestamp: request.headers['x-hubspot-request-timestamp'] as string, signature: request.headers['x-hubspot-signature-v3'] as string },
      clock,
    );
    expect(check).toEqual({ ok: true });
    expect(request.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request.body)).toEqual([
      {
        eventId: expect.any(Number),
        subscriptionId: expect.any(Number),
        portalId: PORTAL_ID,
        appId: 777,
        occurredAt: clock,
        subscriptionType: 'object.propertyChange',
        attemptNumber: 0,
        objectId: 105,
        objectTypeId: '0-3',
        propertyName: 'dealstage',
        propertyValue: 'closedwon',
        changeSource: 'API',
      },
    ]);
  });

  it('a create posts object.creation with the first values, an archive object.deletion', async () => {
    await start(undefined, { propertyChanges: ['dealname', 'amount'] });
    const made = await h.client.crm.deals.basicApi.create({ properties: { dealname: 'Hooli', amount: '10' }, associations: [] });
    await h.client.crm.deals.basicApi.archive('104');
    await idle();
    const events = hook.events().map((e) => [e.subscriptionType, e.objectId, e.propertyName ?? null, e.propertyValue ?? null]);
    expect(events).toEqual([
      ['object.creation', Number(made.id), null, null],
      ['object.propertyChange', Number(made.id), 'amount', '10'],
      ['object.propertyChange', Number(made.id), 'dealname', 'Hooli'],
      ['object.deletion', 104, null, null],
    ]);
    const ids = hook.events().map((e) => e.eventId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('sends at most 100 events a request', async () => {
    await start(undefined, { propertyChanges: ['dealname'] });
    const inputs = Array.from({ length: 100 }, (_, i) => ({ properties: { dealname: `Bulk ${i}` }, associations: [] }));
    await h.client.crm.deals.batchApi.create({ inputs });
    await idle();
    expect(hook.received.map((r) => (JSON.parse(r.body) as unknown[]).length)).toEqual([100, 100]);
    expect(h.emulator.webhooks?.stats).toEqual({ requests: 2, delivered: 200, dropped: 0 });
  });

  it('holds no more than maxConcurrentRequests requests open at once', async () => {
    await start(undefined, { maxConcurrentRequests: 2 }, 100);
    const inputs = Array.from({ length: 100 }, (_, i) => ({ properties: { dealname: `Bulk ${i}`, amount: String(i) }, associations: [] }));
    await h.client.crm.deals.batchApi.create({ inputs });
    await idle();
    expect(hook.received.length).toBeGreaterThan(4);
    expect(hook.concurrency.max).toBe(2);
    expect(h.emulator.webhooks?.stats.dropped).toBe(0);
  });

  it('retries a failed delivery with the next attemptNumber until it is taken', async () => {
    await start((n) => (n <= 2 ? 503 : 200), { propertyChanges: ['amount'] });
    await h.client.crm.deals.basicApi.update('106', { properties: { amount: '5' } });
    await idle();
    expect(hook.received.map((r) => (JSON.parse(r.body) as { attemptNumber: number }[])[0]?.attemptNumber)).toEqual([0, 1, 2]);
    expect(h.emulator.webhooks?.stats).toEqual({ requests: 3, delivered: 1, dropped: 0 });
  });

  it('drops a delivery after the last retry, at once after a 400, and after timeouts, while the API keeps answering', async () => {
    await start(() => 500, { propertyChanges: ['amount'], retries: 2 });
    await h.client.crm.deals.basicApi.update('106', { properties: { amount: '5' } });
    await idle();
    expect(h.emulator.webhooks?.stats).toEqual({ requests: 3, delivered: 0, dropped: 1 });
    expect((await h.client.crm.deals.basicApi.getById('106', ['amount'])).properties.amount).toBe('5');
    await h.server.close();
    await hook.close();

    await start(() => 400, { propertyChanges: ['amount'] });
    await h.client.crm.deals.basicApi.update('106', { properties: { amount: '6' } });
    await idle();
    expect(h.emulator.webhooks?.stats).toEqual({ requests: 1, delivered: 0, dropped: 1 });
    await h.server.close();
    await hook.close();

    await start(() => 'hang', { propertyChanges: ['amount'], retries: 1, timeoutMs: 50 });
    await h.client.crm.deals.basicApi.update('106', { properties: { amount: '7' } });
    await idle();
    expect(h.emulator.webhooks?.stats).toEqual({ requests: 2, delivered: 0, dropped: 1 });
  });

  it('survives a target that is not listening', async () => {
    await start(undefined, { propertyChanges: ['amount'], retries: 1 });
    await hook.close();
    await h.client.crm.deals.basicApi.update('106', { properties: { amount: '8' } });
    await idle();
    expect(h.emulator.webhooks?.stats).toEqual({ requests: 2, delivered: 0, dropped: 1 });
    expect((await h.client.crm.deals.basicApi.getById('106', ['amount'])).properties.amount).toBe('8');
  });
});
