import type { FrozenForecast } from '../domain/frozenForecast';
import type { ManualScore, PortalData } from '../domain/portal';
import type { Calendar, Period } from '../domain/period';
import type { Settings } from '../settings/settingsSchema';
import type { PortalIndex } from './portalIndex';

/**
 * Whose KPIs are computed: one owner (a rep's scorecard), a team or several (a manager's),
 * or the whole portal (a director's). `ownerIds` are the owners whose deals count.
 */
export interface KpiSubject {
  kind: 'owner' | 'team' | 'portal';
  /** Owner id, team id, or null for the portal. */
  id: string | null;
  ownerIds: string[];
  /** Teams in scope (for team_attainment, revenue_per_rep and funnel KPIs). */
  teamIds: string[];
}

/** Everything a KPI formula may read. Pure data and an explicit `now`: no clock, no I/O. */
export interface KpiContext {
  data: PortalData;
  index: PortalIndex;
  settings: Settings;
  calendar: Calendar;
  period: Period;
  /** Evaluation time, epoch ms (maturity, "won so far", forecast freezing). */
  now: number;
  subject: KpiSubject;
  /** null: no manual-score store is connected (manual KPIs are not_configured). */
  manualScores: ManualScore[] | null;
  /** Forecasts frozen at period start (every subject and period the store holds); null: no forecast store is connected. */
  frozenForecasts: FrozenForecast[] | null;
}

/** The calendar the settings ask for: their time zone, else the portal's, else UTC (kpi-spec §3). */
export function calendarOf(settings: Settings, data: Pick<PortalData, 'portal'>): Calendar {
  return { timeZone: settings.timeZone ?? data.portal.timeZone ?? 'UTC', fiscalYearStartMonth: settings.fiscalYearStartMonth };
}
