import type { SettingsContextDto, SettingsVersionDto } from '../../src/handlers/contracts/settings';
import { defaultSettings } from '../../src/settings/defaultSettings';
import type { Settings } from '../../src/settings/settingsSchema';
import { settingsSchema } from '../../src/settings/settingsSchema';
import type { ClientResult, KpiClient, SettingsHistoryDto } from '../client/kpiClient';

/** Everything the settings page needs before it can show a form. */
export interface SettingsPageData {
  version: number;
  settings: Settings;
  /** The stored settings did not parse: the form starts from the defaults and says so. */
  unreadable: boolean;
  /** The latest version could not be read back by the backend: what the form shows instead, and why. */
  fallback: SettingsVersionDto['fallback'];
  context: SettingsContextDto;
  history: SettingsHistoryDto;
}

/** The three calls the page makes on open (and on Reload); the first failure is the page's error. */
export async function loadSettingsPage(client: KpiClient): Promise<ClientResult<SettingsPageData>> {
  const [stored, context, history] = await Promise.all([client.getSettings(), client.settingsContext(), client.settingsHistory()]);
  if (!stored.ok) return stored;
  if (!context.ok) return context;
  if (!history.ok) return history;
  const parsed = settingsSchema.safeParse(stored.data.settings);
  return {
    ok: true,
    data: {
      version: stored.data.version,
      settings: parsed.success ? parsed.data : defaultSettings(),
      unreadable: !parsed.success,
      fallback: stored.data.fallback,
      context: context.data,
      history: history.data,
    },
  };
}
