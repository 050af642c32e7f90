import { fieldError, type FieldError } from './fieldError';
import type { Role, RoleTemplate } from './settingsSchema';

/**
 * The rules of a role template (kpi-spec §6): integer weights that add up to exactly 100, each
 * KPI at most once (a KPI listed twice would count double), linear scoring with a floor not
 * above its cap and a target above 0 (a ratio to 0 means nothing; leave the target empty to
 * keep the KPI unscored), and score bands with distinct lower bounds.
 */
export function templateErrors(role: Role, template: RoleTemplate): FieldError[] {
  const sum = template.kpis.reduce((acc, entry) => acc + entry.weight, 0);
  const errors = sum === 100 ? [] : [fieldError(['roles', role, 'kpis'], `weights add up to ${sum}; they must add up to 100`, 'weights_sum', { sum })];
  return [...errors, ...entryErrors(role, template.kpis)];
}

/**
 * The rules about each entry of a template, for the entries that parse: they run also when
 * another entry does not (a weight typed as text), so the admin sees every problem at once;
 * the weights' sum waits until every weight is a number.
 */
export function entryErrors(role: Role, entries: readonly (RoleTemplate['kpis'][number] | undefined)[]): FieldError[] {
  const base = ['roles', role, 'kpis'];
  const errors: FieldError[] = [];
  const firstAt = new Map<string, number>();
  entries.forEach((entry, i) => {
    if (entry === undefined) return;
    const first = firstAt.get(entry.kpi);
    if (first === undefined) firstAt.set(entry.kpi, i);
    else errors.push(fieldError([...base, i, 'kpi'], `${entry.kpi} is already in the ${role} template (entry ${first + 1}); list each KPI once`, 'kpi_listed_twice', { kpi: entry.kpi, entry: first + 1 }));
    errors.push(...scoringErrors([...base, i], entry));
  });
  return errors;
}

function scoringErrors(path: (string | number)[], entry: RoleTemplate['kpis'][number]): FieldError[] {
  const scoring = entry.scoring;
  if (scoring.type === 'linear') {
    const errors: FieldError[] = [];
    if (scoring.floor > scoring.cap) errors.push(fieldError([...path, 'scoring', 'floor'], `the floor (${scoring.floor}) is above the cap (${scoring.cap})`, 'floor_above_cap', { floor: scoring.floor, cap: scoring.cap }));
    if (entry.target !== null && entry.target <= 0) {
      errors.push(fieldError([...path, 'target'], 'a linearly scored KPI needs a target above 0 (leave it empty to keep the KPI unscored)', 'target_not_positive'));
    }
    return errors;
  }
  const seen = new Set<number>();
  return scoring.bands.flatMap((band, j) => {
    if (!seen.has(band.from)) {
      seen.add(band.from);
      return [];
    }
    return [fieldError([...path, 'scoring', 'bands', j, 'from'], `another band already starts at ${band.from}; each band needs its own lower bound`, 'band_duplicate', { from: band.from })];
  });
}
