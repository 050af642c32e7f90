import type { Settings } from '../settings/settingsSchema';
import type { SettingsValidationContext } from '../settings/validateSettings';
import { validateSettings } from '../settings/validateSettings';
import { defaultSettings } from '../settings/defaultSettings';
import { CliError } from './cliError';
import { readJsonFile } from './readJsonFile';

/**
 * The admin's settings from a JSON file, checked against the portal like the settings page
 * does; every field error goes into the one error line. No file: the kpi-spec §8 defaults.
 */
export function loadSettingsFile(path: string | undefined, ctx: SettingsValidationContext): Settings {
  if (path === undefined) return defaultSettings();
  const checked = validateSettings(readJsonFile(path, 'settings'), ctx);
  if (checked.ok) return checked.value;
  const fields = checked.error.map((e) => `${e.field || '(settings)'}: ${e.message}`).join('; ');
  throw new CliError(`settings ${path} is invalid: ${fields}`);
}
