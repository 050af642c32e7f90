import type { ExtensionRender } from './bridge/extensionRegistry';
import { loadEntries } from './bridge/extensionRegistry';

export type PreviewEntries = Record<'dealCard' | 'scorecardTab' | 'appPage' | 'settingsPage', ExtensionRender>;

/** The four entry files of extensions/entries, unchanged: what HubSpot would load per location. */
export function loadPreviewEntries(): Promise<PreviewEntries> {
  return loadEntries({
    dealCard: () => import('../../../extensions/entries/DealCardEntry'),
    scorecardTab: () => import('../../../extensions/entries/OwnerScorecardTabEntry'),
    appPage: () => import('../../../extensions/entries/AppPageEntry'),
    settingsPage: () => import('../../../extensions/entries/SettingsPageEntry'),
  });
}
