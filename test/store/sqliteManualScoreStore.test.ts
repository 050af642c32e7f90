import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { LATEST_SCHEMA_VERSION, migrate, MIGRATIONS } from '../../src/store/sqliteMigrations';
import { openSqliteStore } from '../../src/store/sqliteStore';
import { manualScoreStoreContract } from './manualScoreStoreContract';
import { manualClock } from './settingsStoreContract';
import { tempDbPaths } from './tempDb';

const tempDbPath = tempDbPaths();

describe('SqliteStore as a ManualScoreStore', () => {
  manualScoreStoreContract(async (now) => {
    const opened = openSqliteStore({ path: ':memory:', now });
    return { store: opened.manualScores, close: async () => opened.close() };
  });
});

describe('scores stored before entries were recorded', () => {
  it('become the first revision of their history, with who and when unknown rather than invented', async () => {
    const path = tempDbPath();
    mkdirSync(dirname(path), { recursive: true });
    const raw = new Database(path);
    raw.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
    raw.exec((MIGRATIONS[0] as { sql: string }).sql);
    raw.prepare('INSERT INTO schema_version (version) VALUES (1)').run();
    raw.prepare(`INSERT INTO manual_scores (portal_id, owner_id, period, key, source, score) VALUES (1, 'li', '2026-Q2', 'csat', '', 81)`).run();
    raw.close();
    const store = openSqliteStore({ path, now: manualClock().now });
    expect(await store.manualScores.history(1)).toEqual([
      { ownerId: 'li', key: 'csat', period: '2026-Q2', score: 81, revision: 1, enteredBy: { name: 'before entries were recorded', userId: null }, enteredAt: null },
    ]);
    const corrected = await store.manualScores.set(1, { ownerId: 'li', key: 'csat', period: '2026-Q2', score: 85 }, { name: 'Chen Jing', userId: 5 });
    expect(corrected.ok && corrected.value.entry.revision).toBe(2);
    store.close();
    const check = new Database(path);
    expect(migrate(check)).toBe(LATEST_SCHEMA_VERSION);
    check.close();
  });
});
