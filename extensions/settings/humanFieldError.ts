import type { FieldError } from '../../src/handlers/contracts/common';
import type { Settings } from '../../src/settings/settingsSchema';
import { kpiName } from '../i18n/kpiName';
import type { I18n } from '../i18n/useI18n';
import { fieldScale } from './fieldScale';

/** Params that are counts or positions (entry 2, tier 3), never in the field's unit. */
const ORDINALS = new Set(['entry', 'first', 'tier', 'previous', 'length', 'strict']);
/** Params that are already percentages of one whole, whatever the field. */
const FRACTIONS = new Set(['sum']);

/**
 * A validation message in the admin's language, from the reason the settings' checks give
 * (validateSettings, or the server's `invalid` answer: the same codes), with its numbers in the
 * unit the field is typed in. A message without a reason is shown as sent in English and as a
 * generic refusal in other languages, so no English appears inside zh-CN.
 */
export function localMessage(error: FieldError, draft: Settings | null, i18n: I18n): string {
  const { t, language } = i18n;
  if (error.reason === undefined) return language === 'en' ? error.message : t.settings.problems.invalid_value({});
  const params = formatParams(error, draft, i18n);
  return t.settings.problems[error.reason](params);
}

function formatParams(error: FieldError, draft: Settings | null, { format, language }: I18n): Record<string, string> {
  const scale = fieldScale(error.field, draft);
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(error.params ?? {})) {
    if (typeof value === 'string') out[key] = key === 'kpi' ? kpiName(value, language) : value;
    else if (ORDINALS.has(key)) out[key] = format.number(value, 0);
    else if (FRACTIONS.has(key) && error.reason === 'evaluation360_sum') out[key] = format.percent(value, 2);
    else if (FRACTIONS.has(key)) out[key] = format.number(value, 2);
    else out[key] = scale === 100 ? format.percent(value, 2) : format.number(value, 6);
  }
  return out;
}

/** The errors as the page shows them: localised, and each (field, message) once. */
export function humanErrors(errors: readonly FieldError[], draft: Settings | null, i18n: I18n): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const e of errors) {
    const message = localMessage(e, draft, i18n);
    const key = `${e.field}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...e, message });
  }
  return out;
}
