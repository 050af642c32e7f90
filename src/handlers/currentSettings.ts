import { defaultSettings } from '../settings/defaultSettings';
import type { Settings } from '../settings/settingsSchema';
import type { SettingsStore } from '../store/settingsStore';

export interface CurrentSettings {
  /** 0: nothing saved yet, the defaults of kpi-spec §8 are in force. */
  version: number;
  settings: Settings;
  savedAt: string | null;
  savedBy: string | null;
}

/**
 * The settings in force for a portal (issue 4: defaults when none saved; version 0). A
 * corrupt stored version rejects (CorruptRecordError) rather than silently falling back to
 * the defaults: every card would otherwise show numbers an admin never chose.
 */
export async function currentSettings(store: SettingsStore, portalId: number): Promise<CurrentSettings> {
  const current = await store.getCurrent(portalId);
  if (current === null) return { version: 0, settings: defaultSettings(), savedAt: null, savedBy: null };
  return { version: current.version, settings: current.settings, savedAt: current.savedAt, savedBy: current.savedBy };
}
