import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { defaultSettings } from '../../src/settings/defaultSettings';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../src/store/sqliteMigrations';
import { openSqliteStore } from '../../src/store/sqliteStore';
import { manualClock, settingsStoreContract, settingsWith } from './settingsStoreContract';
import { tempDbPaths } from './tempDb';

const tempDbPath = tempDbPaths();
const PORTAL = 4242;

describe('SqliteStore as a SettingsStore', () => {
  settingsStoreContract(async (now) => {
    const path = tempDbPath();
    const opened = openSqliteStore({ path, now });
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

describe('the SQLite file', () => {
  it('creates its folder, runs in WAL mode and records the schema version', () => {
    const path = tempDbPath();
    const store = openSqliteStore({ path, now: manualClock().now });
    expect(existsSync(path)).toBe(true);
    expect(store.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    store.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare('SELECT version FROM schema_version ORDER BY version').pluck().all()).toEqual(MIGRATIONS.map((m) => m.version));
    raw.close();
  });

  it('keeps settings, alerts, scores and forecasts when the file is reopened, and migrates only once', async () => {
    const path = tempDbPath();
    const clock = manualClock();
    const first = openSqliteStore({ path, now: clock.now });
    await first.settings.save(PORTAL, settingsWith(4), { expectedVersion: 0, savedBy: 'ana' });
    await first.alerts.upsert({
      portalId: PORTAL, period: '2026-Q3', pipelineId: 'default', fromStageId: 'lead', toStageId: 'qualified',
      groupType: 'team', groupId: 'east', taskId: 'task-1', severity: 'warning', rate: 0.22, n: 41, lastSeenAt: clock.now(), resolvedAt: null,
    });
    await first.manualScores.set(PORTAL, { ownerId: 'o1', key: 'csat', period: '2026-Q3', score: 86 }, { name: 'ana', userId: 7 });
    await first.forecasts.freezeForecast(PORTAL, { subjectKind: 'owner', subjectId: 'o1', period: '2026-Q3', amount: 500_000, frozenAt: clock.now(), source: 'weighted_pipeline' });
    first.close();

    const again = openSqliteStore({ path, now: clock.now });
    expect((await again.settings.getCurrent(PORTAL))?.settings).toEqual(settingsWith(4));
    expect(await again.alerts.listOpen(PORTAL, '2026-Q3')).toHaveLength(1);
    expect(await again.manualScores.list(PORTAL)).toEqual([{ ownerId: 'o1', key: 'csat', period: '2026-Q3', score: 86 }]);
    expect((await again.forecasts.list(PORTAL)).map((f) => f.amount)).toEqual([500_000]);
    again.close();
    const raw = new Database(path, { readonly: true });
    expect(raw.prepare('SELECT COUNT(*) FROM schema_version').pluck().get()).toBe(MIGRATIONS.length);
    raw.close();
  });

  it('carries forecasts frozen before subjects had kinds over as owner forecasts of the mapped property', async () => {
    const path = tempDbPath();
    mkdirSync(dirname(path), { recursive: true });
    const raw = new Database(path);
    raw.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
    for (const step of MIGRATIONS.filter((m) => m.version <= 5)) {
      raw.exec(step.sql);
      raw.prepare('INSERT INTO schema_version (version) VALUES (?)').run(step.version);
    }
    raw.prepare('INSERT INTO frozen_forecasts (portal_id, owner_id, period, amount, frozen_at) VALUES (?, ?, ?, ?, ?)').run(PORTAL, 'o1', '2026-Q3', 420_000, 1_782_864_000_000);
    raw.close();
    const store = openSqliteStore({ path, now: manualClock().now });
    expect(await store.forecasts.list(PORTAL)).toEqual([{ subjectKind: 'owner', subjectId: 'o1', period: '2026-Q3', amount: 420_000, frozenAt: 1_782_864_000_000, source: 'mapped_property' }]);
    store.close();
  });

  it('keeps digests recorded before claims existed as sent, so the next run writes none of them again', async () => {
    const path = tempDbPath();
    mkdirSync(dirname(path), { recursive: true });
    const raw = new Database(path);
    raw.exec('CREATE TABLE schema_version (version INTEGER NOT NULL)');
    for (const step of MIGRATIONS.filter((m) => m.version <= 8)) {
      raw.exec(step.sql);
      raw.prepare('INSERT INTO schema_version (version) VALUES (?)').run(step.version);
    }
    raw.prepare("INSERT INTO digest_ledger (portal_id, kind, owner_id, team_id, period, task_id, created_at) VALUES (?, 'weekly', 'mia', '', '2026-W47', '501', ?)").run(PORTAL, 1_795_000_000_000);
    raw.close();
    const store = openSqliteStore({ path, now: manualClock().now });
    const key = { portalId: PORTAL, kind: 'weekly' as const, ownerId: 'mia', period: '2026-W47' };
    const entry = { ...key, teamId: '', taskId: '501', createdAt: 1_795_000_000_000, claimedAt: 1_795_000_000_000, subject: null };
    expect(await store.digests.get(key)).toEqual(entry);
    expect(await store.digests.claim({ ...key, claimedAt: 1_795_100_000_000, subject: 'Weekly' })).toEqual({ ok: true, value: { won: false, entry } });
    store.close();
  });

  it('refuses a file written by a newer schema instead of guessing', () => {
    const path = tempDbPath();
    openSqliteStore({ path, now: manualClock().now }).close();
    const raw = new Database(path);
    raw.prepare('INSERT INTO schema_version (version) VALUES (?)').run(LATEST_SCHEMA_VERSION + 1);
    raw.close();
    expect(() => openSqliteStore({ path, now: manualClock().now })).toThrow(/newer than this build understands/);
  });

  it('lets only one of two connections to the same file win a save on the same version', async () => {
    const path = tempDbPath();
    const clock = manualClock();
    const one = openSqliteStore({ path, now: clock.now });
    const two = openSqliteStore({ path, now: clock.now });
    const results = await Promise.all([
      one.settings.save(PORTAL, settingsWith(4), { expectedVersion: 0, savedBy: 'ana' }),
      two.settings.save(PORTAL, settingsWith(7), { expectedVersion: 0, savedBy: 'bob' }),
    ]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(await one.settings.history(PORTAL)).toEqual(await two.settings.history(PORTAL));
    one.close();
    two.close();
  });
});

describe('a crash mid-save', () => {
  it('leaves the previous version current when the write fails inside the transaction', async () => {
    const path = tempDbPath();
    const clock = manualClock();
    const store = openSqliteStore({ path, now: clock.now });
    await store.settings.save(PORTAL, settingsWith(4), { expectedVersion: 0, savedBy: 'ana' });
    // The disk "fails" once the version has been checked, as the new row goes in.
    const raw = new Database(path);
    raw.exec(`CREATE TRIGGER fail_insert BEFORE INSERT ON settings_versions BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated)'); END`);
    await expect(store.settings.save(PORTAL, settingsWith(7), { expectedVersion: 1, savedBy: 'bob' })).rejects.toMatchObject({ message: expect.stringMatching(/simulated/) });
    await expect(store.settings.restore(PORTAL, 1, { expectedVersion: 1, savedBy: 'bob' })).rejects.toMatchObject({ message: expect.stringMatching(/simulated/) });
    expect((await store.settings.getCurrent(PORTAL))?.settings).toEqual(settingsWith(4));
    expect(await store.settings.history(PORTAL)).toHaveLength(1);

    raw.exec('DROP TRIGGER fail_insert');
    raw.close();
    const next = await store.settings.save(PORTAL, settingsWith(7), { expectedVersion: 1, savedBy: 'bob' });
    expect(next.ok && next.value.version).toBe(2);
    store.close();
  });

  it('leaves the previous version current when the process is killed before commit', async () => {
    const path = tempDbPath();
    const store = openSqliteStore({ path, now: manualClock().now });
    await store.settings.save(PORTAL, settingsWith(4), { expectedVersion: 0, savedBy: 'ana' });
    store.close();
    // A second process writes version 2 and dies (SIGKILL) before committing.
    const writer = `
      const Database = require('better-sqlite3');
      const db = new Database(process.argv[1]);
      db.pragma('journal_mode = WAL');
      db.exec('BEGIN IMMEDIATE');
      db.prepare("INSERT INTO settings_versions VALUES (?, 2, ?, '2026-07-01T10:00:00Z', 'bob', NULL)").run(${PORTAL}, process.argv[2]);
      process.kill(process.pid, 'SIGKILL');
    `;
    const child = spawnSync(process.execPath, ['-e', writer, path, JSON.stringify(defaultSettings())], { cwd: process.cwd() });
    expect(child.signal).toBe('SIGKILL');

    const reopened = openSqliteStore({ path, now: manualClock().now });
    expect((await reopened.settings.history(PORTAL)).map((v) => v.version)).toEqual([1]);
    expect((await reopened.settings.getCurrent(PORTAL))?.settings).toEqual(settingsWith(4));
    reopened.close();
  });
});
