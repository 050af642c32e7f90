import type { SettingsVersionDto } from './contracts/settings';
import type { CurrentSettings } from './currentSettings';
import type { SettingsFallbackDto, Viewer } from './contracts/common';

export const settingsVersionDto = (current: Omit<CurrentSettings, 'fallback'> & Partial<Pick<CurrentSettings, 'fallback'>>): SettingsVersionDto => ({
  version: current.version,
  settings: current.settings,
  savedAt: current.savedAt,
  savedBy: current.savedBy,
  fallback: current.fallback ?? null,
});

/** What a card says about settings in force that are not the latest (the reason stays on the settings page). */
export const settingsFallbackDto = (current: CurrentSettings): SettingsFallbackDto | null =>
  current.fallback === null ? null : { corruptVersion: current.fallback.corruptVersion, usedVersion: current.fallback.usedVersion };

/** How a version names who saved it: the e-mail people recognise, with the stable user id. */
export const savedByOf = (viewer: Viewer): string => (viewer.email === null ? `user ${viewer.userId}` : `${viewer.email} (user ${viewer.userId})`);
