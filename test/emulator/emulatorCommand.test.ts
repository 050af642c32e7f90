import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryIo } from '../../src/cli/cliIo';
import { runEmulator } from '../../src/cli/commands/emulator';
import { failure, sdkClient, smallSnapshot } from './fixtures';

/** `kpi emulator` lives in src/cli/commands; its test sits with the emulator it serves. */
describe('kpi emulator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-emulator-'));
  const snapshotFile = join(dir, 'snapshot.json');
  writeFileSync(snapshotFile, JSON.stringify(smallSnapshot()));

  it('serves the snapshot and prints the base URL and the token to use', async () => {
    const io = memoryIo();
    const running = await runEmulator({ snapshot: snapshotFile, port: '0', token: 'local-token', limits: false }, io);
    try {
      expect(io.stdout).toEqual([`HubSpot CRM emulator: ${running.url}`, 'token: local-token']);
      const owners = await sdkClient(running.url, 'local-token').crm.owners.ownersApi.getPage();
      expect(owners.results.map((o) => o.id)).toEqual(['11', '12']);
      expect((await failure(sdkClient(running.url, 'demo-emulator-token').crm.owners.ownersApi.getPage())).code).toBe(401);
    } finally {
      await running.close();
    }
  });

  it('--latency-ms delays every answer by at least that long', async () => {
    const running = await runEmulator({ snapshot: snapshotFile, port: '0', limits: false, latencyMs: '150' }, memoryIo());
    try {
      const started = performance.now();
      await sdkClient(running.url, 'demo-emulator-token').crm.deals.basicApi.getById('101');
      expect(performance.now() - started).toBeGreaterThanOrEqual(149);
    } finally {
      await running.close();
    }
  });

  it('--search-lag-ms keeps a write out of search while a read by id sees it', async () => {
    const running = await runEmulator({ snapshot: snapshotFile, port: '0', limits: false, searchLagMs: '600000' }, memoryIo());
    try {
      const client = sdkClient(running.url, 'demo-emulator-token');
      await client.crm.deals.basicApi.update('105', { properties: { amount: '9500' } });
      expect((await client.crm.deals.basicApi.getById('105', ['amount'])).properties.amount).toBe('9500');
      const found = await client.crm.deals.searchApi.doSearch({ filterGroups: [{ filters: [{ propertyName: 'amount', operator: 'EQ' as never, value: '9500' }] }] });
      expect(found.total).toBe(0);
    } finally {
      await running.close();
    }
  });

  it('--webhook-url posts signed deal webhooks with HUBSPOT_CLIENT_SECRET, and refuses to start without it', async () => {
    const bodies: string[] = [];
    const target = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        bodies.push(`${req.headers['x-hubspot-signature-v3'] === undefined ? 'unsigned' : 'signed'} ${body}`);
        res.end();
      });
    });
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(target.address() as AddressInfo).port}/hooks`;
    await expect(runEmulator({ snapshot: snapshotFile, port: '0', limits: false, webhookUrl: url }, memoryIo(), {})).rejects.toThrow(/HUBSPOT_CLIENT_SECRET/);
    await expect(runEmulator({ snapshot: snapshotFile, port: '0', limits: false, webhookUrl: 'ftp://x' }, memoryIo(), { HUBSPOT_CLIENT_SECRET: 's' })).rejects.toThrow(/--webhook-url/);
    const running = await runEmulator({ snapshot: snapshotFile, port: '0', limits: false, webhookUrl: url }, memoryIo(), { HUBSPOT_CLIENT_SECRET: 's' });
    try {
      await sdkClient(running.url, 'demo-emulator-token').crm.deals.basicApi.archive('101');
      for (let i = 0; i < 50 && bodies.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(bodies).toEqual([expect.stringMatching(/^signed \[\{"eventId":1,.*"subscriptionType":"object.deletion","attemptNumber":0,"objectId":101,/)]);
    } finally {
      await running.close();
      target.close();
    }
  });

  it.each([
    [{ port: '70000' }, /--port/],
    [{ latencyMs: 'slow' }, /--latency-ms/],
    [{ searchLagMs: '-5' }, /--search-lag-ms/],
  ])('refuses %j', async (bad, message) => {
    await expect(runEmulator({ snapshot: snapshotFile, port: '0', limits: false, ...bad }, memoryIo())).rejects.toThrow(message);
  });

  it('refuses a snapshot that does not validate, naming the field', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ portal: { id: 1 }, owners: [], pipelines: [] }));
    await expect(runEmulator({ snapshot: bad, port: '0', limits: true }, memoryIo())).rejects.toThrow(/invalid snapshot .*deals/);
  });
});
