import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sdkClient } from '../../src/crm/sdkClient';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import type { RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { signatureV3 } from '../../src/server/hubspotSignature';
import { startBackend } from '../../src/server/startBackend';
import { PORTAL_ID, SECRET, demoSnapshot } from './backendHarness';

/**
 * HubSpot's webhooks keep the mirror fresh in seconds: with the sync cycle an hour away, a deal
 * changed in the CRM is in the mirror moments after the emulator posts its signed event; an
 * unsigned or forged one is refused and changes nothing.
 */
const silentLogger = { info: () => undefined, error: () => undefined };
const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
const until = async (check: () => Promise<boolean>, ms: number) => {
  const end = Date.now() + ms;
  while (Date.now() < end) if (await check()) return true;
  else await new Promise((r) => setTimeout(r, 100));
  return false;
};

describe('webhooks into the mirror', () => {
  const snapshot = demoSnapshot(300);
  let crm: RunningEmulator;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    crm = await createCrmEmulator(snapshot, { tokens: ['portal-token'], limits: false, webhooks: { url: `http://localhost:${port}/webhooks/hubspot`, clientSecret: SECRET } }).listen(0);
  });
  afterAll(() => crm.close());

  it('a deal changed in HubSpot is in the mirror within seconds, long before the next cycle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-webhooks-'));
    const env = { HUBSPOT_CLIENT_SECRET: SECRET, HUBSPOT_ACCESS_TOKEN: 'portal-token', KPI_DB_PATH: join(dir, 'kpi.sqlite'), KPI_SYNC_INTERVAL_S: '3600' };
    const backend = await startBackend({ env, crmBaseUrl: crm.url, port, logger: silentLogger });
    try {
      const sync = backend.services.sync;
      if (sync === null) throw new Error('the mirror is on by default');
      expect(await until(async () => sync.status().state === 'ready', 20_000)).toBe(true);
      const id = (await backend.services.store.mirror.dealIds(PORTAL_ID))[0] as string;
      await sdkClient({ accessToken: 'portal-token', basePath: crm.url }, 0).crm.deals.basicApi.update(id, { properties: { amount: '4242' } });
      const amount = async () => (await backend.services.store.mirror.load(PORTAL_ID)).deals.find((d) => d.id === id)?.properties.amount;
      expect(await until(async () => (await amount()) === '4242', 10_000)).toBe(true);

      const forged = JSON.stringify([{ subscriptionType: 'object.deletion', objectTypeId: '0-3', objectId: Number(id), portalId: PORTAL_ID }]);
      const timestamp = String(Date.now());
      const url = `${backend.url}/webhooks/hubspot`;
      const wrongKey = signatureV3('not-the-secret', { method: 'POST', url, body: forged, timestamp });
      const refused = await fetch(url, { method: 'POST', body: forged, headers: { 'content-type': 'application/json', 'x-hubspot-signature-v3': wrongKey, 'x-hubspot-request-timestamp': timestamp } });
      expect(refused.status).toBe(401);
      expect(await backend.services.store.mirror.dealIds(PORTAL_ID)).toContain(id);
    } finally {
      await backend.close();
    }
  });
});
