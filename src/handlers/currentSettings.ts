import { defaultSettings } from '../settings/defaultSettings';
import type { Settings } from '../settings/settingsSchema';
import { CorruptRecordError } from '../store/corruptRecordError';
import type { SettingsStore } from '../store/settingsStore';

/** The latest stored version does not read back, so an older one (or the defaults: 0) is in force. */
export interface SettingsFallback {
  corruptVersion: number;
  usedVersion: number;
  /** What is wrong with the corrupt version, for the admin and the log. */
  reason: string;
}

export interface CurrentSettings {
  /**
   * The portal's latest version number (0: nothing saved yet, the defaults of kpi-spec §8 are in
   * force). After a fallback it is still the corrupt version's, so an admin's save or restore is
   * based on it and writes over it.
   */
  version: number;
  settings: Settings;
  savedAt: string | null;
  savedBy: string | null;
  fallback: SettingsFallback | null;
}

/**
 * The settings in force for a portal (defaults when none saved; version 0). A latest version
 * that no longer reads back (bad JSON, or JSON the schema refuses: a hand edit, a failed
 * migration) must not take every card down, nor be replaced silently by numbers nobody chose:
 * the newest version that does read back is used, or the defaults when none does, and
 * `fallback` says so, so the cards show a notice and the admin sees what is wrong.
 */
export async function currentSettings(store: SettingsStore, portalId: number): Promise<CurrentSettings> {
  let current;
  try {
    current = await store.getCurrent(portalId);
  } catch (error) {
    if (!(error instanceof CorruptRecordError)) throw error;
    return lastGoodSettings(store, portalId, error);
  }
  if (current === null) return { version: 0, settings: defaultSettings(), savedAt: null, savedBy: null, fallback: null };
  return { version: current.version, settings: current.settings, savedAt: current.savedAt, savedBy: current.savedBy, fallback: null };
}

async function lastGoodSettings(store: SettingsStore, portalId: number, corrupt: CorruptRecordError): Promise<CurrentSettings> {
  const versions = await store.history(portalId);
  const head = versions[0]?.version ?? 0;
  for (const meta of versions.slice(1)) {
    const good = await readableVersion(store, portalId, meta.version);
    if (good === null) continue;
    const fallback = { corruptVersion: head, usedVersion: good.version, reason: corrupt.message };
    return { version: head, settings: good.settings, savedAt: good.savedAt, savedBy: good.savedBy, fallback };
  }
  return { version: head, settings: defaultSettings(), savedAt: null, savedBy: null, fallback: { corruptVersion: head, usedVersion: 0, reason: corrupt.message } };
}

async function readableVersion(store: SettingsStore, portalId: number, version: number) {
  try {
    return await store.getVersion(portalId, version);
  } catch (error) {
    if (error instanceof CorruptRecordError) return null;
    throw error;
  }
}
