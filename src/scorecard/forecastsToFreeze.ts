import { PORTAL_SUBJECT_ID, type ForecastSource, type FrozenForecast } from '../domain/frozenForecast';
import type { Calendar, Period } from '../domain/period';
import { formatPeriod } from '../domain/period';
import type { PortalData } from '../domain/portal';
import type { ForecastSubmission } from '../domain/toForecastSubmission';
import { computeKpi } from '../kpi/computeKpi';
import { calendarOf, type KpiContext, type KpiSubject } from '../kpi/kpiContext';
import { totalsOf } from '../kpi/kpiInputs';
import { boundsOf } from '../kpi/kpiPeriod';
import type { PortalIndex } from '../kpi/portalIndex';
import { departmentOf } from './subjectFor';
import type { Settings } from '../settings/settingsSchema';
import { submissionInForce, sumOfTaken, teamSubmission, type Taken } from './submittedForecast';

export interface FreezeInput {
  /** Every seller's deals closing in the period, the teams and owners. */
  data: PortalData;
  index: PortalIndex;
  settings: Settings;
  period: Period;
  now: number;
  /** HubSpot's forecast submissions; read only when the settings pick them. */
  submissions: readonly ForecastSubmission[];
}

export interface FreezeOutcome {
  forecasts: FrozenForecast[];
  /** Subjects left without a forecast, and why (an unknown amount is not a forecast of 0). */
  skipped: { subject: string; reason: string }[];
}

/**
 * How far into a period a forecast still counts as taken at its start: the first 5% (a day and
 * a half of a month, four and a half days of a quarter, 18 days of a year), enough for a daily
 * schedule to have a tick or two after a restart, and too early to know much of the outcome.
 */
export const FREEZE_WINDOW = 0.05;

/**
 * What to freeze for a running period (kpi-spec §4; docs/kpis.md "Forecast accuracy"): each
 * seller's, each team's and the department's forecast by the source the settings pick,
 * stamped with `now` (a HubSpot submission with when it was submitted). The store keeps the
 * first freeze of each, so running this on every tick changes nothing after the first. Only
 * the start of the period is frozen (FREEZE_WINDOW): a forecast taken later, let alone after
 * the close, would already know part of the outcome.
 */
export function forecastsToFreeze(input: FreezeInput): FreezeOutcome {
  const calendar = calendarOf(input.settings, input.data);
  const late = notFreezable(input.period, calendar, input.now);
  if (late !== null) return { forecasts: [], skipped: late === '' ? [] : [{ subject: 'every subject', reason: late }] };
  const source = input.settings.forecastSource;
  const base: Omit<KpiContext, 'subject'> = { data: input.data, index: input.index, settings: input.settings, calendar, period: input.period, now: input.now, manualScores: null, frozenForecasts: null };
  const outcome: FreezeOutcome = { forecasts: [], skipped: [] };
  const add = (kind: FrozenForecast['subjectKind'], id: string, taken: Taken | string): void => {
    if (typeof taken === 'string') outcome.skipped.push({ subject: `${kind} ${id}`, reason: taken });
    else outcome.forecasts.push({ subjectKind: kind, subjectId: id, period: formatPeriod(input.period), amount: taken.amount, frozenAt: taken.takenAt, source });
  };
  const measured = (subject: KpiSubject): Taken | string => measure(source, { ...base, subject });
  const submitted = (taken: Taken | null): Taken | string => taken ?? `no forecast submitted in HubSpot for ${formatPeriod(input.period)}`;
  const { period, now, submissions } = input;
  for (const ownerId of sellers(input)) {
    const subject: KpiSubject = { kind: 'owner', id: ownerId, ownerIds: [ownerId], teamIds: [] };
    add('owner', ownerId, source === 'hubspot_forecasts' ? submitted(submissionInForce(submissions, { ownerId }, period, calendar, now)) : measured(subject));
  }
  const teams = input.data.teams.map((team) => ({ team, taken: source === 'hubspot_forecasts' ? submitted(teamSubmission(submissions, team, period, calendar, now)) : measured({ kind: 'team', id: team.id, ownerIds: team.memberOwnerIds, teamIds: [team.id] }) }));
  for (const { team, taken } of teams) add('team', team.id, taken);
  const department = source === 'hubspot_forecasts' ? submitted(sumOfTaken(teams.map((t) => (typeof t.taken === 'string' ? null : t.taken)))) : measured(departmentOf(input.data, input.index));
  add('portal', PORTAL_SUBJECT_ID, department);
  return outcome;
}

/** Why nothing of the period is frozen at `now`: '' outside it, a reason past its start (FREEZE_WINDOW); null: freeze. */
export function notFreezable(period: Period, calendar: Calendar, now: number): string | null {
  const { start, end } = boundsOf(period, calendar);
  if (now < start || now >= end) return '';
  if (now - start <= FREEZE_WINDOW * (end - start)) return null;
  return `${formatPeriod(period)} began too long ago for a forecast taken now to count as one made at its start; an admin can enter that one`;
}

/** The weighted pipeline (open Σ amount × stage probability, plus what is already won) or the mapped property, with close date in P. */
function measure(source: ForecastSource, ctx: KpiContext): Taken | string {
  if (source === 'mapped_property') {
    if (ctx.settings.propertyMapping.forecastAmount === null) return 'the forecast property is not mapped in the settings';
    const t = totalsOf(ctx);
    return t.forecastDeals === 0 ? 'no deal closing in the period has a forecast amount' : { amount: t.forecast, takenAt: ctx.now };
  }
  const open = computeKpi('weighted_pipeline', ctx);
  const won = computeKpi('won_revenue', ctx);
  if (open.actual === null) return open.reason ?? 'the weighted pipeline is unknown';
  if (won.actual === null) return won.reason ?? 'the won amount is unknown';
  return { amount: open.actual + won.actual, takenAt: ctx.now };
}

/** Who is forecast: HubSpot team members, and anyone owning deals in what was read (as evaluateScorecard's sellers). */
function sellers(input: FreezeInput): string[] {
  const ids = new Set<string>();
  for (const team of input.data.teams) for (const id of team.memberOwnerIds) ids.add(id);
  for (const id of input.index.dealsByOwner.keys()) if (input.index.ownersById.has(id)) ids.add(id);
  return [...ids].sort();
}
