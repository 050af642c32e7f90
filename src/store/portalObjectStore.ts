import { randomUUID } from 'node:crypto';
import { err, ok, type Result } from '../domain/result';
import type { Settings } from '../settings/settingsSchema';
import { portalObjects, type PortalObjectsSource } from './portalObjectsSource';
import { portalObjectTypes } from './portalObjectTypes';
import type { PortalRecords } from './portalRecords';
import { MAX_PROPERTY_VALUE_CHARS, metaOf, settingsObjectSchemaEgg, versionKey } from './portalSettingsObject';
import { latestVersion, versionRecord, versionsNewestFirst } from './settingsVersionRecords';
import { decodeSettings, encodeSettings } from './settingsCodec';
import type { SettingsStore, SettingsVersion, WriteOptions } from './settingsStore';
import { conflictError, invalidInput, notFound, tooLarge, type RestoreError, type SaveError } from './storeErrors';
import { checkWrite } from './storeInputs';

export type PortalObjectStoreOptions = PortalObjectsSource & {
  now: () => number;
  /** Tags each write so a retried create that already succeeded is recognised as ours. */
  newWriteId?: () => string;
};

/**
 * Settings versions kept in the portal itself as custom-object records, for
 * installs with no backend. Compare-and-set without transactions: a save based on version
 * v first checks that record v exists (else the caller is ahead of the store: conflict),
 * then creates record v+1, whose unique `version_key` makes HubSpot refuse every create of
 * v+1 but the first; whatever status it refuses with, the record read back by that key says
 * whose it is (src/crm ObjectsApi.create). Settings above HubSpot's 65,536-character limit on a
 * property value are refused with `too_large` rather than cut off.
 */
export function openPortalObjectStore(options: PortalObjectStoreOptions): SettingsStore {
  const ctx: Access = { records: portalObjectTypes(portalObjects(options), settingsObjectSchemaEgg, 'version_key'), now: options.now, newWriteId: options.newWriteId ?? randomUUID };
  return {
    async getCurrent(portalId) {
      const store = await ctx.records(portalId, false);
      const latest = store === null ? 0 : await latestVersion(store);
      return latest === 0 ? null : readVersion(ctx, portalId, latest);
    },
    getVersion: (portalId, version) => readVersion(ctx, portalId, version),
    async history(portalId) {
      const store = await ctx.records(portalId, false);
      return store === null ? [] : (await versionsNewestFirst(store)).map(metaOf);
    },
    async save(portalId: number, settings: Settings, opts: WriteOptions) {
      const problem = checkWrite(portalId, opts);
      if (problem !== null) return err(invalidInput(problem));
      const json = encodeSettings(settings);
      return json.ok ? appendVersion(ctx, portalId, json.value, opts, null) : json;
    },
    async restore(portalId, version, opts): Promise<Result<SettingsVersion, RestoreError>> {
      const problem = checkWrite(portalId, opts);
      if (problem !== null) return err(invalidInput(problem));
      const source = await readVersion(ctx, portalId, version);
      if (source === null) return err(notFound(`portal ${portalId} has no settings version ${version}`));
      const json = encodeSettings(source.settings);
      return json.ok ? appendVersion(ctx, portalId, json.value, opts, version) : json;
    },
  };
}

interface Access {
  /** The portal's settings records; null when the object does not exist and `create` is false. */
  records(portalId: number, create: boolean): Promise<PortalRecords | null>;
  now: () => number;
  newWriteId: () => string;
}

async function readVersion(ctx: Access, portalId: number, version: number): Promise<SettingsVersion | null> {
  const store = await ctx.records(portalId, false);
  const record = store === null || !Number.isInteger(version) || version < 1 ? null : await versionRecord(store, version);
  if (record === null) return null;
  return { ...metaOf(record), settings: decodeSettings(record.properties.settings_json ?? '', `settings version ${version} of portal ${portalId}`) };
}

/**
 * Writes version expectedVersion + 1. A create that finds the key taken is still ours when
 * the record carries our write id: the gateway retried a create whose reply was lost.
 */
async function appendVersion(ctx: Access, portalId: number, json: string, opts: WriteOptions, restoredFrom: number | null): Promise<Result<SettingsVersion, SaveError>> {
  if (json.length > MAX_PROPERTY_VALUE_CHARS) return err(tooLarge('the settings as JSON', json.length, MAX_PROPERTY_VALUE_CHARS));
  const store = await ctx.records(portalId, true);
  if (store === null) throw new Error(`the settings object could not be created in portal ${portalId}`);
  const expected = opts.expectedVersion;
  if (expected > 0 && (await versionRecord(store, expected, false)) === null) return err(conflictError(expected, await latestVersion(store)));
  const writeId = ctx.newWriteId();
  const version = expected + 1;
  const created = await store.create({
    portal_id: String(portalId),
    version: String(version),
    version_key: versionKey(portalId, version),
    settings_json: json,
    saved_by: opts.savedBy.trim(),
    saved_at: new Date(ctx.now()).toISOString(),
    ...(restoredFrom === null ? {} : { restored_from: String(restoredFrom) }),
    write_id: writeId,
  });
  if (created.outcome === 'exists' && created.record.properties.write_id !== writeId) return err(conflictError(expected, await latestVersion(store)));
  const saved = await readVersion(ctx, portalId, version);
  if (saved === null) throw new Error(`settings version ${version} of portal ${portalId} cannot be read back after saving`);
  return ok(saved);
}
