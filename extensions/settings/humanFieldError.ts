import type { FieldError } from '../../src/handlers/contracts/common';
import type { Settings } from '../../src/settings/settingsSchema';
import { FORECAST_NEEDS_MAPPING } from '../../src/settings/forecastSourceErrors';
import { kpiName } from '../i18n/kpiName';
import type { I18n } from '../i18n/useI18n';

const SUM = /^weights add up to (-?\d+(?:\.\d+)?); they must add up to 100$/;
const ROLES = new Set(['rep', 'manager', 'director']);

/**
 * A validation message in the admin's language where the page knows it (the weights' sum, an
 * emptied number, a missing field); the settings' own checks speak English otherwise.
 */
export function localMessage(message: string, { t, format }: I18n): string {
  const sum = SUM.exec(message);
  if (sum !== null) return t.settings.weightsSumError(format.number(Number(sum[1]), 0));
  if (message === 'enter a number') return t.settings.enterNumber;
  if (message === 'is required') return t.settings.required;
  if (message === FORECAST_NEEDS_MAPPING) return t.settings.forecastNeedsMapping;
  return message;
}

/** Where an error is, as the page names it ("Scorecards · Sales rep · Win rate · Weight"), not as a path. */
export function fieldLabel(field: string, draft: Settings | null, i18n: I18n): string {
  const { t, language, format } = i18n;
  const [section, role, list, index, prop] = field.split('.');
  if (section === 'roles' && role !== undefined && ROLES.has(role)) {
    const parts = [t.settings.sections.scorecards, t.scorecard.role[role as 'rep']];
    const entry = index === undefined ? undefined : draft?.roles[role as 'rep']?.kpis[Number(index)];
    if (list === 'kpis' && index !== undefined) parts.push(entry === undefined ? t.settings.entry(format.number(Number(index) + 1, 0)) : kpiName(entry.kpi, language));
    if (prop === 'weight') parts.push(t.scorecard.weight);
    if (prop === 'target') parts.push(t.scorecard.target);
    if (prop === 'scoring') parts.push(t.settings.scoring);
    return parts.join(' · ');
  }
  const named = (t.settings.sections as Record<string, string>)[section === 'teams' || section === 'directorOwnerIds' || section === 'timeZone' ? 'organisation' : section === 'forecastSource' ? 'mapping' : (section ?? '')];
  return named === undefined ? field : `${named} · ${field.split('.').slice(1).join('.') || named}`;
}

/** The errors as the page shows them: localised, and each (field, message) once. */
export function humanErrors(errors: readonly FieldError[], i18n: I18n): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const e of errors) {
    const message = localMessage(e.message, i18n);
    const key = `${e.field}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ field: e.field, message });
  }
  return out;
}
