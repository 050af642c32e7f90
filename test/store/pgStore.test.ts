import { Pool } from 'pg';
import { alertKeySchema } from '../../src/store/alertLedger';
import { CorruptRecordError } from '../../src/store/corruptRecordError';
import { EMPTY_CURSOR } from '../../src/store/mirrorStore';
import { openPgStore, type PgStore } from '../../src/store/pgStore';
import { PG_LATEST_SCHEMA_VERSION, PG_MIGRATIONS } from '../../src/store/pgMigrations';
import { alertLedgerContract } from './alertLedgerContract';
import { forecastStoreContract } from './forecastStoreContract';
import { digestLedgerContract } from './digestLedgerContract';
import { leaseStoreContract } from './leaseStoreContract';
import { manualScoreStoreContract } from './manualScoreStoreContract';
import { mirrorStoreContract } from './mirrorStoreContract';
import { describeOnPostgres, freshPgSchemas, freshPgStores } from './pgTestDb';
import { manualClock, settingsStoreContract, settingsWith } from './settingsStoreContract';

const COLUMN = { rate: 'rate', n: 'n' } as const;

describeOnPostgres('the PostgreSQL store', (url) => {
  const fresh = freshPgStores(url);
  const schemas = freshPgSchemas(url);
  const clockless = () => fresh(manualClock().now);

  describe('as a SettingsStore', () => {
    settingsStoreContract(async (now) => {
      const store = await fresh(now);
      return {
        store: store.settings,
        async corrupt(portalId, version, text) {
          await store.pool.query('UPDATE settings_versions SET settings_json = $1 WHERE portal_id = $2 AND version = $3', [text, portalId, version]);
        },
        close: () => store.close(),
      };
    });
  });

  describe('as an AlertLedger', () => {
    alertLedgerContract(async () => {
      const store = await clockless();
      return {
        ledger: store.alerts,
        async corrupt(keyInput, field, value) {
          const k = alertKeySchema.parse(keyInput);
          await store.pool.query(
            `UPDATE alert_ledger SET ${COLUMN[field]} = $1 WHERE portal_id = $2 AND period = $3 AND pipeline_id = $4 AND from_stage_id = $5 AND to_stage_id = $6 AND group_type = $7 AND group_id = $8`,
            [value, k.portalId, k.period, k.pipelineId, k.fromStageId, k.toStageId, k.groupType, k.groupId],
          );
        },
        close: () => store.close(),
      };
    });
  });

  describe('as a ManualScoreStore', () => {
    manualScoreStoreContract(async (now) => {
      const store = await fresh(now);
      return { store: store.manualScores, close: () => store.close() };
    });
  });

  describe('as a ForecastStore', () => {
    forecastStoreContract(async () => {
      const store = await clockless();
      return { store: store.forecasts, close: () => store.close() };
    });
  });

  describe('as a DigestLedger', () => {
    digestLedgerContract(async () => {
      const store = await clockless();
      return { ledger: store.digests, close: () => store.close() };
    });
  });

  describe('as a LeaseStore', () => {
    leaseStoreContract(async (now) => {
      const store = await fresh(now);
      return { leases: store.leases, close: () => store.close() };
    });
  });

  mirrorStoreContract('PostgreSQL', async () => {
    const store = await clockless();
    return { store: store.mirror, close: () => store.close() };
  });

  describe('the mirror rows', () => {
    it('reads a hand-edited deal or cursor that no longer has HubSpot\'s shape as a CorruptRecordError naming it', async () => {
      const store = await clockless();
      try {
        const cursor = { phase: 'backfill' as const, backfillAfterId: '1', backfillTotal: 1, modifiedThrough: null, lastSyncAt: null, lastReconcileAt: null, dealProperties: [] };
        await store.mirror.applyDeals(4242, { upserts: [{ id: '1', properties: { amount: '5' } }], removals: [], cursor });
        await store.pool.query(`UPDATE mirror_deals SET record = '{"id": "1", "properties": {"amount": 5}}'::jsonb`);
        await expect(store.mirror.load(4242)).rejects.toThrow(/a mirrored deal of portal 4242 is corrupt: properties\.amount/);
        await store.pool.query(`UPDATE mirror_cursors SET cursor = '{"phase": "sideways"}'::jsonb`);
        await expect(store.mirror.cursor(4242)).rejects.toThrow(CorruptRecordError);
      } finally {
        await store.close();
      }
    });

    it('visits every deal once in id order across its pages of 5,000', async () => {
      const store = await clockless();
      try {
        const cursor = { phase: 'backfill' as const, backfillAfterId: null, backfillTotal: null, modifiedThrough: null, lastSyncAt: null, lastReconcileAt: null, dealProperties: [] };
        const ids = Array.from({ length: 11_001 }, (_, i) => 30_000_000_000 + i * 7);
        await store.mirror.applyDeals(4242, { upserts: ids.map((id) => ({ id: String(id), properties: {} })).reverse(), removals: [], cursor });
        const visited: string[] = [];
        await store.mirror.forEachDeal(4242, (d) => void visited.push(d.id));
        expect(visited).toEqual(ids.map(String));
      } finally {
        await store.close();
      }
    });

    it('refuses a step with a deal id HubSpot would never send, and stores nothing of it', async () => {
      const store = await clockless();
      try {
        const cursor = { phase: 'backfill' as const, backfillAfterId: '2', backfillTotal: 2, modifiedThrough: null, lastSyncAt: null, lastReconcileAt: null, dealProperties: [] };
        const step = { upserts: [{ id: '2', properties: {} }, { id: 'deal-3', properties: {} }], removals: [], cursor };
        await expect(store.mirror.applyDeals(4242, step)).rejects.toThrow(/deal "deal-3" cannot be mirrored/);
        expect(await store.mirror.dealCount(4242)).toBe(0);
        expect(await store.mirror.cursor(4242)).toEqual(EMPTY_CURSOR);
      } finally {
        await store.close();
      }
    });
  });

  describe('migrations', () => {
    it('migrates once when five backends open a fresh database at the same moment', async () => {
      const schema = await schemas();
      const opened = await Promise.all([1, 2, 3, 4, 5].map(() => openPgStore({ url, schema, now: manualClock().now, max: 2 })));
      try {
        expect(opened.map((s) => s.schemaVersion)).toEqual(opened.map(() => PG_LATEST_SCHEMA_VERSION));
        const versions = await opened[0]?.pool.query<{ version: number }>('SELECT version FROM schema_version ORDER BY version');
        expect(versions?.rows.map((r) => r.version)).toEqual(PG_MIGRATIONS.map((m) => m.version));
        // Every backend sees what another saved.
        await opened[0]?.settings.save(4242, settingsWith(4), { expectedVersion: 0, savedBy: 'ana' });
        expect((await opened[4]?.settings.getCurrent(4242))?.settings).toEqual(settingsWith(4));
      } finally {
        await Promise.all(opened.map((s) => s.close()));
      }
    });

    it('keeps digests recorded before claims existed as sent, so the next run writes none of them again', async () => {
      const schema = await schemas();
      const old = new Pool({ connectionString: url, options: `-c search_path=${schema}`, max: 1 });
      await old.query('CREATE TABLE schema_version (version integer NOT NULL)');
      for (const step of PG_MIGRATIONS.filter((m) => m.version <= 5)) {
        await old.query(step.sql);
        await old.query('INSERT INTO schema_version (version) VALUES ($1)', [step.version]);
      }
      await old.query("INSERT INTO digest_ledger (portal_id, kind, owner_id, team_id, period, task_id, created_at) VALUES (4242, 'weekly', 'mia', '', '2026-W47', '501', 1795000000000)");
      await old.end();
      const store = await openPgStore({ url, schema, now: manualClock().now });
      try {
        const key = { portalId: 4242, kind: 'weekly' as const, ownerId: 'mia', period: '2026-W47' };
        const entry = { ...key, teamId: '', taskId: '501', createdAt: 1_795_000_000_000, claimedAt: 1_795_000_000_000, subject: null };
        expect(await store.digests.get(key)).toEqual(entry);
        expect(await store.digests.claim({ ...key, claimedAt: 1_795_100_000_000, subject: 'Weekly' })).toEqual({ ok: true, value: { won: false, entry } });
      } finally {
        await store.close();
      }
    });

    it('refuses a database written by a newer schema instead of guessing', async () => {
      const schema = await schemas();
      const first = await openPgStore({ url, schema, now: manualClock().now });
      await first.pool.query('INSERT INTO schema_version (version) VALUES ($1)', [PG_LATEST_SCHEMA_VERSION + 1]);
      await first.close();
      await expect(openPgStore({ url, schema, now: manualClock().now })).rejects.toThrow(/newer than this build understands/);
    });

    it('names the database it cannot reach, without its password', async () => {
      const unreachable = 'postgres://kpi:s3cret@127.0.0.1:1/kpi';
      const error = await openPgStore({ url: unreachable, now: manualClock().now }).catch((e: unknown) => e as Error);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/^cannot open the PostgreSQL store at postgres:\/\/kpi:\*\*\*@127\.0\.0\.1:1\/kpi: /);
      expect((error as Error).message).not.toContain('s3cret');
    });
  });

  describe('two backends on one database', () => {
    let a: PgStore;
    let b: PgStore;
    beforeEach(async () => {
      const schema = await schemas();
      a = await openPgStore({ url, schema, now: Date.now, max: 3 });
      b = await openPgStore({ url, schema, now: Date.now, max: 3 });
    });
    afterEach(async () => {
      await a.close();
      await b.close();
    });

    it('lets one of two settings saves on the same version win and keeps both versions in history', async () => {
      await a.settings.save(4242, settingsWith(1), { expectedVersion: 0, savedBy: 'ana' });
      const [fromA, fromB] = await Promise.all([
        a.settings.save(4242, settingsWith(4), { expectedVersion: 1, savedBy: 'ana' }),
        b.settings.save(4242, settingsWith(7), { expectedVersion: 1, savedBy: 'bob' }),
      ]);
      expect([fromA?.ok, fromB?.ok].sort()).toEqual([false, true]);
      const loser = fromA?.ok ? fromB : fromA;
      expect(loser).toEqual({ ok: false, error: expect.objectContaining({ kind: 'conflict', currentVersion: 2 }) });
      expect((await b.settings.history(4242)).map((v) => v.version)).toEqual([2, 1]);
      expect(await a.settings.getCurrent(4242)).toEqual(await b.settings.getCurrent(4242));
    });

    it('lets one alert scan of the portal run at a time across the backends, until it releases or its lease runs out', async () => {
      expect(await a.scanLock.acquire(4242, 'scheduled scan', 600_000)).toBe(true);
      expect(await b.scanLock.acquire(4242, 'a manager clicked Scan alerts', 600_000)).toBe(false);
      expect(await b.scanLock.acquire(4343, 'a manager clicked Scan alerts', 600_000)).toBe(true);
      await b.scanLock.release(4242, 'a manager clicked Scan alerts');
      expect(await b.scanLock.acquire(4242, 'kpi alerts scan', 600_000)).toBe(false);
      await a.scanLock.release(4242, 'scheduled scan');
      expect(await b.scanLock.acquire(4242, 'kpi alerts scan', 1)).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(await a.scanLock.acquire(4242, 'scheduled scan', 600_000)).toBe(true);
    });

    it('hands a mirror step written on one backend whole to the other', async () => {
      const cursor = { phase: 'backfill' as const, backfillAfterId: '2', backfillTotal: 2, modifiedThrough: null, lastSyncAt: null, lastReconcileAt: null, dealProperties: ['amount'] };
      await a.mirror.applyDeals(4242, { upserts: [{ id: '2', properties: { amount: '5' } }, { id: '1', properties: { amount: '7' } }], removals: [], cursor });
      const seen = await b.mirror.load(4242);
      expect(seen.deals.map((d) => d.id)).toEqual(['1', '2']);
      expect(seen.cursor).toEqual(cursor);
    });
  });
});
