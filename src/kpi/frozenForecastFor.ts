import { PORTAL_SUBJECT_ID, type FrozenForecast } from '../domain/frozenForecast';
import { formatPeriod } from '../domain/period';
import type { KpiContext } from './kpiContext';

/**
 * The forecast frozen for the context's subject and period, or the subjects it is missing for.
 * A manager of several teams is judged on the sum of their teams' forecasts, so every one of
 * those teams needs a frozen forecast: a sum over some of them would be a smaller forecast
 * than anyone made (unknown is not zero, kpi-spec §2).
 */
export function frozenForecastFor(ctx: KpiContext): { rows: FrozenForecast[]; missing: string[] } {
  const label = formatPeriod(ctx.period);
  const rows = ctx.frozenForecasts ?? [];
  const keys = subjectKeys(ctx);
  const found: FrozenForecast[] = [];
  const missing: string[] = [];
  for (const key of keys) {
    const row = rows.find((f) => f.period === label && f.subjectKind === key.kind && f.subjectId === key.id);
    if (row === undefined) missing.push(key.kind === 'portal' ? 'the department' : `${key.kind} ${key.id}`);
    else found.push(row);
  }
  return { rows: found, missing };
}

function subjectKeys(ctx: KpiContext): { kind: FrozenForecast['subjectKind']; id: string }[] {
  const { subject } = ctx;
  if (subject.kind === 'portal') return [{ kind: 'portal', id: PORTAL_SUBJECT_ID }];
  if (subject.kind === 'team') return subject.teamIds.map((id) => ({ kind: 'team', id }));
  return subject.id === null ? [] : [{ kind: 'owner', id: subject.id }];
}
