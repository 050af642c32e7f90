import type { Client } from '@hubspot/api-client';
import { randomUUID } from 'node:crypto';
import { err, ok, type Result } from '../domain/result';
import type { Settings } from '../settings/settingsSchema';
import { hubspotClient, type HubSpotConnection } from './hubspotClient';
import { MAX_PROPERTY_VALUE_CHARS, metaOf, versionKey } from './portalSettingsObject';
import { PortalSettingsRecords } from './portalSettingsRecords';
import { decodeSettings, encodeSettings } from './settingsCodec';
import { settingsObjectType } from './settingsObjectType';
import type { SettingsStore, SettingsVersion, WriteOptions } from './settingsStore';
import { conflictError, invalidInput, notFound, tooLarge, type RestoreError, type SaveError } from './storeErrors';
import { checkWrite } from './storeInputs';

export type PortalClientSource =
  /** One client per portal: a static-auth token belongs to one account. */
  | { client: Client | ((portalId: number) => Client) }
  | HubSpotConnection;

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
  const clientFor = clientSource(options);
  const newWriteId = options.newWriteId ?? randomUUID;
  const types = new Map<number, Promise<string>>();

  const records = async (portalId: number, create: boolean): Promise<PortalSettingsRecords | null> => {
    const client = clientFor(portalId);
    let type = types.get(portalId);
    if (type === undefined) {
      const found = await settingsObjectType(client, create);
      if (found === null) return null;
      type = Promise.resolve(found);
      types.set(portalId, type);
    }
    return new PortalSettingsRecords(client, await type, portalId);
  };

  const append = async (portalId: number, json: string, opts: WriteOptions, restoredFrom: number | null): Promise<Result<SettingsVersion, SaveError>> => {
    if (json.length > MAX_PROPERTY_VALUE_CHARS) return err(tooLarge('the settings as JSON', json.length, MAX_PROPERTY_VALUE_CHARS));
    const store = await records(portalId, true);
    if (store === null) throw new Error('the settings object could not be created');
    const expected = opts.expectedVersion;
    if (expected > 0 && (await store.byVersion(expected, false)) === null) return err(conflictError(expected, await store.latestVersion()));
    const writeId = newWriteId();
    const version = expected + 1;
    const outcome = await store.create({
      portal_id: String(portalId),
      version: String(version),
      version_key: versionKey(portalId, version),
      settings_json: json,
      saved_by: opts.savedBy.trim(),
      saved_at: new Date(options.now()).toISOString(),
      ...(restoredFrom === null ? {} : { restored_from: String(restoredFrom) }),
      write_id: writeId,
    });
    const saved = await store.byVersion(version);
    if (saved === null) throw new Error(`settings version ${version} of portal ${portalId} cannot be read back after saving`);
    if (outcome === 'taken' && saved.properties.write_id !== writeId) return err(conflictError(expected, await store.latestVersion()));
    return ok({ ...metaOf(saved), settings: decodeSettings(saved.properties.settings_json ?? '', `settings version ${version} of portal ${portalId}`) });
  };

  const read = async (portalId: number, version: number): Promise<SettingsVersion | null> => {
    const store = await records(portalId, false);
    const record = store === null || version < 1 ? null : await store.byVersion(version);
    if (record === null) return null;
    return { ...metaOf(record), settings: decodeSettings(record.properties.settings_json ?? '', `settings version ${version} of portal ${portalId}`) };
  };

  return {
    async getCurrent(portalId) {
      const store = await records(portalId, false);
      const latest = store === null ? 0 : await store.latestVersion();
      return latest === 0 ? null : read(portalId, latest);
    },
    getVersion: read,
    async history(portalId) {
      const store = await records(portalId, false);
      return store === null ? [] : (await store.newestFirst()).map(metaOf);
    },
    async save(portalId: number, settings: Settings, opts: WriteOptions) {
      const problem = checkWrite(portalId, opts);
      if (problem !== null) return err(invalidInput(problem));
      const json = encodeSettings(settings);
      return json.ok ? append(portalId, json.value, opts, null) : json;
    },
    async restore(portalId, version, opts): Promise<Result<SettingsVersion, RestoreError>> {
      const problem = checkWrite(portalId, opts);
      if (problem !== null) return err(invalidInput(problem));
      const source = await read(portalId, version);
      if (source === null) return err(notFound(`portal ${portalId} has no settings version ${version}`));
      const json = encodeSettings(source.settings);
      return json.ok ? append(portalId, json.value, opts, version) : json;
    },
  };
}

function clientSource(source: PortalClientSource): (portalId: number) => Client {
  if ('client' in source) {
    const given = source.client;
    return typeof given === 'function' ? given : () => given;
  }
  const client = hubspotClient(source);
  return () => client;
}
