import type { Result } from '../domain/result';
import type { Settings } from '../settings/settingsSchema';
import type { RestoreError, SaveError } from './storeErrors';

/**
 * Versioned settings per portal. Every save writes a new version and keeps the
 * old ones; a write names the version it was based on and is refused as a conflict when
 * that is no longer current, so two admins editing at once cannot silently overwrite each
 * other (the settings page then offers a reload). Versions count from 1; "nothing saved
 * yet" is version 0, so the first save expects 0.
 *
 * Reads reject with CorruptRecordError when a stored version no longer matches
 * `settingsSchema`; the caller decides whether to fall back to defaults.
 */
export interface SettingsVersionMeta {
  version: number;
  /** ISO 8601 instant, from the store's injected clock. */
  savedAt: string;
  /** User id or email of whoever saved. */
  savedBy: string;
  /** The version this one copies when it was written by `restore`; null for an ordinary save. */
  restoredFrom: number | null;
}

export interface SettingsVersion extends SettingsVersionMeta {
  settings: Settings;
}

export interface WriteOptions {
  /** The version the edit was based on (0 before the first save). */
  expectedVersion: number;
  savedBy: string;
}

export interface SettingsStore {
  /** The highest version, or null when the portal never saved settings. */
  getCurrent(portalId: number): Promise<SettingsVersion | null>;
  getVersion(portalId: number, version: number): Promise<SettingsVersion | null>;
  /** Every version, newest first, without the settings themselves. */
  history(portalId: number): Promise<SettingsVersionMeta[]>;
  save(portalId: number, settings: Settings, options: WriteOptions): Promise<Result<SettingsVersion, SaveError>>;
  /** Writes a NEW version equal to `version`; the versions in between are kept. */
  restore(portalId: number, version: number, options: WriteOptions): Promise<Result<SettingsVersion, RestoreError>>;
}
