import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectOneLineError, kpi } from './cliFixture';

const out = join(mkdtempSync(join(tmpdir(), 'kpi-snapshot-')), 'portal.json');

describe('kpi snapshot', () => {
  it('refuses a --portal-id that is empty, negative or written as a float before reading anything', async () => {
    for (const id of ['', '-7', '1e3', '12.0']) {
      const r = await kpi(['snapshot', '--token', 'pat-test', '--base-url', 'http://127.0.0.1:9', '--portal-id', id, '--out', out]);
      expectOneLineError(r, new RegExp(`--portal-id: "${id.replace('.', '\\.')}" is not a whole number`));
    }
  });
});
