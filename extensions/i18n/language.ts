import { en } from './en';
import type { Messages } from './en';
import { zh } from './zh';

export type Language = 'en' | 'zh';

/** `context.user.locale` decides: any zh-* (zh-CN, zh-TW, zh-Hans…) gets Chinese, the rest English. */
export function languageOf(locale: string | undefined): Language {
  return locale !== undefined && /^zh(\b|[-_])/i.test(locale) ? 'zh' : 'en';
}

export function messagesFor(language: Language): Messages {
  return language === 'zh' ? zh : en;
}

/** The Intl locale for numbers: the user's own when Intl knows it, else a sensible default. */
export function intlLocale(locale: string | undefined): string {
  if (languageOf(locale) === 'zh') return 'zh-CN';
  if (locale === undefined) return 'en-US';
  try {
    return Intl.NumberFormat.supportedLocalesOf([locale])[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}
