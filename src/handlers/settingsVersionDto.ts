import type { SettingsVersionDto } from './contracts/settings';
import type { CurrentSettings } from './currentSettings';
import type { Viewer } from './contracts/common';

export const settingsVersionDto = (current: CurrentSettings): SettingsVersionDto => ({
  version: current.version,
  settings: current.settings,
  savedAt: current.savedAt,
  savedBy: current.savedBy,
});

/** How a version names who saved it: the e-mail people recognise, with the stable user id. */
export const savedByOf = (viewer: Viewer): string => (viewer.email === null ? `user ${viewer.userId}` : `${viewer.email} (user ${viewer.userId})`);
