import type Database from 'better-sqlite3';
import { z } from 'zod';
import { err, ok, type Result } from '../domain/result';
import type { Settings } from '../settings/settingsSchema';
import { CorruptRecordError } from './corruptRecordError';
import { decodeSettings, encodeSettings } from './settingsCodec';
import type { SettingsStore, SettingsVersion, SettingsVersionMeta, WriteOptions } from './settingsStore';
import { conflictError, invalidInput, notFound, type ConflictError, type RestoreError } from './storeErrors';
import { checkWrite, firstIssue } from './storeInputs';

const metaRowSchema = z.object({
  version: z.number().int().min(1),
  saved_at: z.string(),
  saved_by: z.string(),
  restored_from: z.number().int().nullable(),
});
const versionRowSchema = metaRowSchema.extend({ settings_json: z.string() });

const COLUMNS = 'version, saved_at, saved_by, restored_from';

/**
 * Settings versions in SQLite. The current version is the highest stored row; a write
 * reads it and inserts the next one inside one IMMEDIATE transaction, which takes the
 * file's write lock first, so two admins (or two backends on one file) saving at once are
 * serialised and the second sees the first's version and gets a conflict. The primary key
 * (portal, version) refuses a duplicate version even if that reasoning were ever wrong.
 * A failure anywhere inside the transaction rolls it back: the previous version stays current.
 */
export function sqliteSettingsStore(db: Database.Database, now: () => number): SettingsStore {
  const { head, read, history, insert } = settingsRows(db);
  const append = (portalId: number, json: string, options: WriteOptions, restoredFrom: number | null): Result<SettingsVersion, ConflictError> => {
    const current = head(portalId);
    if (current !== options.expectedVersion) return err(conflictError(options.expectedVersion, current));
    insert(portalId, current + 1, json, new Date(now()).toISOString(), options.savedBy.trim(), restoredFrom);
    const saved = read(portalId, current + 1);
    if (saved === null) throw new Error(`settings version ${current + 1} of portal ${portalId} vanished inside its own transaction`);
    return ok(saved);
  };
  const saveTx = db.transaction((portalId: number, json: string, options: WriteOptions) => append(portalId, json, options, null));
  /** The copied version is read inside the same transaction, and re-encoded so it meets today's schema. */
  const restoreTx = db.transaction((portalId: number, version: number, options: WriteOptions): Result<SettingsVersion, RestoreError> => {
    const source = read(portalId, version);
    if (source === null) return err(notFound(`portal ${portalId} has no settings version ${version}`));
    const json = encodeSettings(source.settings);
    if (!json.ok) return json;
    return append(portalId, json.value, options, version);
  });

  return {
    async getCurrent(portalId) {
      const version = head(portalId);
      return version === 0 ? null : read(portalId, version);
    },
    async getVersion(portalId, version) {
      return read(portalId, version);
    },
    async history(portalId) {
      return history(portalId);
    },
    async save(portalId: number, settings: Settings, options: WriteOptions) {
      const problem = checkWrite(portalId, options);
      if (problem !== null) return err(invalidInput(problem));
      const json = encodeSettings(settings);
      if (!json.ok) return json;
      return saveTx.immediate(portalId, json.value, options);
    },
    async restore(portalId, version, options) {
      const problem = checkWrite(portalId, options);
      if (problem !== null) return err(invalidInput(problem));
      if (!Number.isInteger(version) || version < 1) return err(notFound(`there is no settings version ${version}`));
      return restoreTx.immediate(portalId, version, options);
    },
  };
}

/** The prepared statements behind the store, each wrapped to return checked values. */
function settingsRows(db: Database.Database) {
  const currentVersion = db.prepare('SELECT MAX(version) FROM settings_versions WHERE portal_id = ?').pluck();
  const selectVersion = db.prepare(`SELECT ${COLUMNS}, settings_json FROM settings_versions WHERE portal_id = ? AND version = ?`);
  const selectHistory = db.prepare(`SELECT ${COLUMNS} FROM settings_versions WHERE portal_id = ? ORDER BY version DESC`);
  const insert = db.prepare(
    'INSERT INTO settings_versions (portal_id, version, settings_json, saved_at, saved_by, restored_from) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return {
    head: (portalId: number): number => (currentVersion.get(portalId) as number | null) ?? 0,
    read: (portalId: number, version: number): SettingsVersion | null => {
      const row = selectVersion.get(portalId, version);
      return row === undefined ? null : toVersion(portalId, row);
    },
    history: (portalId: number): SettingsVersionMeta[] => selectHistory.all(portalId).map((row) => toMeta(portalId, row)),
    insert: (portalId: number, version: number, json: string, savedAt: string, savedBy: string, restoredFrom: number | null): void => {
      insert.run(portalId, version, json, savedAt, savedBy, restoredFrom);
    },
  };
}

function toMeta(portalId: number, row: unknown): SettingsVersionMeta {
  const parsed = metaRowSchema.safeParse(row);
  if (!parsed.success) throw new CorruptRecordError(`a settings row of portal ${portalId}`, firstIssue(parsed.error));
  const r = parsed.data;
  return { version: r.version, savedAt: r.saved_at, savedBy: r.saved_by, restoredFrom: r.restored_from };
}

function toVersion(portalId: number, row: unknown): SettingsVersion {
  const parsed = versionRowSchema.safeParse(row);
  if (!parsed.success) throw new CorruptRecordError(`a settings row of portal ${portalId}`, firstIssue(parsed.error));
  const what = `settings version ${parsed.data.version} of portal ${portalId}`;
  return { ...toMeta(portalId, row), settings: decodeSettings(parsed.data.settings_json, what) };
}
