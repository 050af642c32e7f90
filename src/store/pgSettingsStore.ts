import type { Pool, PoolClient } from 'pg';
import { z } from 'zod';
import { err, ok, type Result } from '../domain/result';
import type { Settings } from '../settings/settingsSchema';
import { CorruptRecordError } from './corruptRecordError';
import { inTransaction, LOCK_SPACE } from './pgPool';
import { decodeSettings, encodeSettings } from './settingsCodec';
import type { SettingsStore, SettingsVersion, SettingsVersionMeta, WriteOptions } from './settingsStore';
import { conflictError, invalidInput, notFound, type ConflictError, type RestoreError } from './storeErrors';
import { checkWrite, firstIssue } from './storeInputs';

const metaRowSchema = z.object({
  version: z.number().int().min(1),
  saved_at: z.date(),
  saved_by: z.string(),
  restored_from: z.number().int().nullable(),
});
const versionRowSchema = metaRowSchema.extend({ settings_json: z.string() });

const COLUMNS = 'version, saved_at, saved_by, restored_from';

type Queryable = Pick<PoolClient, 'query'>;

/**
 * Settings versions in PostgreSQL. A write takes a transaction-level advisory lock on its
 * portal before reading the current version, so saves to one portal from any number of
 * backends are serialised and the second sees the first's version and gets a conflict (the
 * same rule as SQLite's IMMEDIATE transaction); the primary key (portal, version) refuses a
 * duplicate even if that reasoning were ever wrong. A failure rolls the transaction back.
 */
export function pgSettingsStore(pool: Pool, now: () => number): SettingsStore {
  const write = <E>(portalId: number, work: (client: PoolClient) => Promise<Result<SettingsVersion, E>>) =>
    inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_SPACE.settings, portalId % 2 ** 31]);
      return work(client);
    });
  const append = async (client: PoolClient, portalId: number, json: string, options: WriteOptions, restoredFrom: number | null): Promise<Result<SettingsVersion, ConflictError>> => {
    const current = await head(client, portalId);
    if (current !== options.expectedVersion) return err(conflictError(options.expectedVersion, current));
    await client.query(
      'INSERT INTO settings_versions (portal_id, version, settings_json, saved_at, saved_by, restored_from) VALUES ($1, $2, $3, $4, $5, $6)',
      [portalId, current + 1, json, new Date(now()).toISOString(), options.savedBy.trim(), restoredFrom],
    );
    const saved = await read(client, portalId, current + 1);
    if (saved === null) throw new Error(`settings version ${current + 1} of portal ${portalId} vanished inside its own transaction`);
    return ok(saved);
  };

  return {
    async getCurrent(portalId) {
      const rows = await pool.query(`SELECT ${COLUMNS}, settings_json FROM settings_versions WHERE portal_id = $1 ORDER BY version DESC LIMIT 1`, [portalId]);
      return rows.rows[0] === undefined ? null : toVersion(portalId, rows.rows[0]);
    },
    getVersion: (portalId, version) => read(pool, portalId, version),
    async history(portalId) {
      const rows = await pool.query(`SELECT ${COLUMNS} FROM settings_versions WHERE portal_id = $1 ORDER BY version DESC`, [portalId]);
      return rows.rows.map((row) => toMeta(portalId, row));
    },
    async save(portalId: number, settings: Settings, options: WriteOptions) {
      const problem = checkWrite(portalId, options);
      if (problem !== null) return err(invalidInput(problem));
      const json = encodeSettings(settings);
      if (!json.ok) return json;
      return write(portalId, (client) => append(client, portalId, json.value, options, null));
    },
    async restore(portalId, version, options) {
      const problem = checkWrite(portalId, options);
      if (problem !== null) return err(invalidInput(problem));
      if (!Number.isInteger(version) || version < 1) return err(notFound(`there is no settings version ${version}`));
      /** The copied version is read under the lock, and re-encoded so it meets today's schema. */
      return write(portalId, async (client): Promise<Result<SettingsVersion, RestoreError>> => {
        const source = await read(client, portalId, version);
        if (source === null) return err(notFound(`portal ${portalId} has no settings version ${version}`));
        const json = encodeSettings(source.settings);
        if (!json.ok) return json;
        return append(client, portalId, json.value, options, version);
      });
    },
  };
}

async function head(db: Queryable, portalId: number): Promise<number> {
  const r = await db.query<{ v: number | null }>('SELECT MAX(version) AS v FROM settings_versions WHERE portal_id = $1', [portalId]);
  return r.rows[0]?.v ?? 0;
}

async function read(db: Queryable, portalId: number, version: number): Promise<SettingsVersion | null> {
  if (!Number.isInteger(version)) return null;
  const r = await db.query(`SELECT ${COLUMNS}, settings_json FROM settings_versions WHERE portal_id = $1 AND version = $2`, [portalId, version]);
  return r.rows[0] === undefined ? null : toVersion(portalId, r.rows[0]);
}

function toMeta(portalId: number, row: unknown): SettingsVersionMeta {
  const parsed = metaRowSchema.safeParse(row);
  if (!parsed.success) throw new CorruptRecordError(`a settings row of portal ${portalId}`, firstIssue(parsed.error));
  const r = parsed.data;
  return { version: r.version, savedAt: r.saved_at.toISOString(), savedBy: r.saved_by, restoredFrom: r.restored_from };
}

function toVersion(portalId: number, row: unknown): SettingsVersion {
  const parsed = versionRowSchema.safeParse(row);
  if (!parsed.success) throw new CorruptRecordError(`a settings row of portal ${portalId}`, firstIssue(parsed.error));
  const what = `settings version ${parsed.data.version} of portal ${portalId}`;
  return { ...toMeta(portalId, row), settings: decodeSettings(parsed.data.settings_json, what) };
}
