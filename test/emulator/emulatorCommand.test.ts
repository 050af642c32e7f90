import { mkdtempSync, writeFileSync } from 'node:fs';
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

  it('refuses a snapshot that does not validate, naming the field', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ portal: { id: 1 }, owners: [], pipelines: [] }));
    await expect(runEmulator({ snapshot: bad, port: '0', limits: true }, memoryIo())).rejects.toThrow(/invalid snapshot .*deals/);
  });
});
