import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqliteStore';
import { settingsStoreContract } from './settingsStoreContract';

const dirs: string[] = [];
function tempDbPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-store-'));
  dirs.push(dir);
  return join(dir, 'nested', 'kpi.sqlite');
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('SqliteStore as a SettingsStore', () => {
  settingsStoreContract(async (now) => {
    const path = tempDbPath();
    const opened: SqliteStore = openSqliteStore({ path, now });
    return {
      store: opened.settings,
      async corrupt(portalId, version, text) {
        const raw = new Database(path);
        raw.prepare('UPDATE settings_versions SET settings_json = ? WHERE portal_id = ? AND version = ?').run(text, portalId, version);
        raw.close();
      },
      async close() {
        opened.close();
      },
    };
  });
});
