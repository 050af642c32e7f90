import { useMemo } from 'react';
import type { Messages } from './en';
import type { Format } from './format';
import { createFormat } from './format';
import type { Language } from './language';
import { languageOf, messagesFor } from './language';

export interface I18n {
  language: Language;
  t: Messages;
  format: Format;
}

export function i18nFor(locale: string | undefined): I18n {
  const language = languageOf(locale);
  return { language, t: messagesFor(language), format: createFormat(locale) };
}

/** The surfaces receive `context.user.locale` as a prop; this keeps one I18n per locale. */
export function useI18n(locale: string | undefined): I18n {
  return useMemo(() => i18nFor(locale), [locale]);
}
