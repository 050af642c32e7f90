import { randomUUID } from 'node:crypto';
import { err, ok, type Result } from '../domain/result';
import type { Settings } from '../settings/settingsSchema';
import { portalClients, type PortalClientSource } from './portalClientSource';
import { portalObjectTypes } from './portalObjectTypes';
import { MAX_PROPERTY_VALUE_CHARS, metaOf, settingsObjectSchemaEgg, versionKey } from './portalSettingsObject';
import { PortalSettingsRecords } from './portalSettingsRecords';
import { decodeSettings, encodeSettings } from './settingsCodec';
import type { SettingsStore, SettingsVersion, WriteOptions } from './settingsStore';
import { conflictError, invalidInput, notFound, tooLarge, type RestoreError, type SaveError } from './storeErrors';
import { checkWrite } from './storeInputs';

export type { PortalClientSource } from './portalClientSource';

export type PortalObjectStoreOptions = PortalClientSource & {
  now: () => number;
  /** Tags each write so a retried create that already succeeded is recognised as ours. */
  newWriteId?: () => string;
};

/**
 * Settings versions kept in the portal itself as custom-object records (issue 4), for
 * installs with no backend. Compare-and-set without transactions: a save based on version
 * v first checks that record v exists (else the caller is ahead of the store: conflict),
 * then creates record v+1, whose unique `version_key` makes HubSpot refuse every create of
 * v+1 but the first (409: conflict). Settings above HubSpot's 65,536-character limit on a
 * property value are refused with `too_large` rather than cut off.
 */
export function openPortalObjectStore(options: PortalObjectStoreOptions): SettingsStore {
  const ctx: Access = { records: recordsOf(portalObjectTypes(portalClients(options), settingsObjectSchemaEgg)), now: options.now, newWriteId: options.newWriteId ?? randomUUID };
  return {
    async getCurrent(portalId) {
      const store = await ctx.records(portalId, false);
      const latest = store === null ? 0 : await store.latestVersion();
      return latest === 0 ? null : readVersion(ctx, portalId, latest);
    },
    getVersion: (portalId, version) => readVersion(ctx, portalId, version),
    async history(portalId) {
      const store = await ctx.records(portalId, false);
      return store === null ? [] : (await store.newestFirst()).map(metaOf);
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
  records(portalId: number, create: boolean): Promise<PortalSettingsRecords | null>;
  now: () => number;
  newWriteId: () => string;
}

function recordsOf(objectOf: ReturnType<typeof portalObjectTypes>): Access['records'] {
  return async (portalId, create) => {
    const found = await objectOf(portalId, create);
    return found === null ? null : new PortalSettingsRecords(found.client, found.objectType, portalId);
  };
}

async function readVersion(ctx: Access, portalId: number, version: number): Promise<SettingsVersion | null> {
  const store = await ctx.records(portalId, false);
  const record = store === null || !Number.isInteger(version) || version < 1 ? null : await store.byVersion(version);
  if (record === null) return null;
  return { ...metaOf(record), settings: decodeSettings(record.properties.settings_json ?? '', `settings version ${version} of portal ${portalId}`) };
}

/**
 * Writes version expectedVersion + 1. A create refused because the key is taken is still
 * ours when the record carries our write id: the SDK retried a create whose reply was lost.
 */
async function appendVersion(ctx: Access, portalId: number, json: string, opts: WriteOptions, restoredFrom: number | null): Promise<Result<SettingsVersion, SaveError>> {
  if (json.length > MAX_PROPERTY_VALUE_CHARS) return err(tooLarge('the settings as JSON', json.length, MAX_PROPERTY_VALUE_CHARS));
  const store = await ctx.records(portalId, true);
  if (store === null) throw new Error(`the settings object could not be created in portal ${portalId}`);
  const expected = opts.expectedVersion;
  if (expected > 0 && (await store.byVersion(expected, false)) === null) return err(conflictError(expected, await store.latestVersion()));
  const writeId = ctx.newWriteId();
  const version = expected + 1;
  const outcome = await store.create({
    portal_id: String(portalId),
    version: String(version),
    version_key: versionKey(portalId, version),
    settings_json: json,
    saved_by: opts.savedBy.trim(),
    saved_at: new Date(ctx.now()).toISOString(),
    ...(restoredFrom === null ? {} : { restored_from: String(restoredFrom) }),
    write_id: writeId,
  });
  if (outcome === 'taken') {
    const holder = await store.byVersion(version, false);
    if (holder?.properties.write_id !== writeId) return err(conflictError(expected, await store.latestVersion()));
  }
  const saved = await readVersion(ctx, portalId, version);
  if (saved === null) throw new Error(`settings version ${version} of portal ${portalId} cannot be read back after saving`);
  return ok(saved);
}
