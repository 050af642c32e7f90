import type { FieldError } from '../../src/handlers/contracts/common';
import type { SettingsContextDto } from '../../src/handlers/contracts/settings';
import type { Settings } from '../../src/settings/settingsSchema';
import type { I18n } from '../i18n/useI18n';

/** What every settings section receives: the draft, a way to change it, and the errors to mark. */
export interface SectionProps {
  draft: Settings;
  update: (change: (settings: Settings) => Settings) => void;
  errors: readonly FieldError[];
  context: SettingsContextDto;
  i18n: I18n;
}
