import type { PeriodKind } from './period';
import type { DataIssue } from './portal';
import type { CrmObject } from './snapshot';
import { parseAmount, parseInstant } from './parseValue';
import { readProperty } from './readProperty';

/**
 * A forecast submitted in HubSpot's forecast tool, as the Forecasts API (beta) returns it:
 * `hubspot_owner_id` for a user-level forecast, `hs_team_id` for a team's, `hs_amount` the
 * forecast revenue, `hs_milestone` monthly or quarterly, `hs_forecast_start_date` the start of
 * the period it forecasts (the properties the Forecasts API guide lists).
 */
export interface ForecastSubmission {
  id: string;
  ownerId: string | null;
  teamId: string | null;
  amount: number | null;
  /** The period kind the submission forecasts; null for a milestone this app does not know. */
  kind: PeriodKind | null;
  startsAt: number | null;
  /** When it was submitted (hs_createdate, else the record's createdAt). */
  submittedAt: number | null;
}

/** The properties a read asks for; every one is named in the Forecasts API guide. */
export const FORECAST_SUBMISSION_PROPERTIES = ['hubspot_owner_id', 'hs_team_id', 'hs_amount', 'hs_milestone', 'hs_forecast_start_date', 'hs_forecast_end_date', 'hs_createdate'];

const MILESTONES: Record<string, PeriodKind> = { monthly: 'month', quarterly: 'quarter', yearly: 'year', annually: 'year' };

export function toForecastSubmission(raw: CrmObject, issues: DataIssue[]): ForecastSubmission {
  const milestone = raw.properties.hs_milestone?.trim().toLowerCase() ?? '';
  const submitted = readProperty(raw, 'forecast', 'hs_createdate', parseInstant, issues);
  const fallback = raw.createdAt === undefined ? null : Date.parse(raw.createdAt);
  return {
    id: raw.id,
    ownerId: raw.properties.hubspot_owner_id?.trim() || null,
    teamId: raw.properties.hs_team_id?.trim() || null,
    amount: readProperty(raw, 'forecast', 'hs_amount', parseAmount, issues),
    kind: MILESTONES[milestone] ?? null,
    startsAt: readProperty(raw, 'forecast', 'hs_forecast_start_date', parseInstant, issues),
    submittedAt: submitted ?? (fallback !== null && Number.isFinite(fallback) ? fallback : null),
  };
}
