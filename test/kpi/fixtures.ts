import type { FrozenForecast } from '../../src/domain/frozenForecast';
import type { Period } from '../../src/domain/period';
import type { Deal, Goal, ManualScore, Meeting, Owner, Pipeline, PortalData, Stage, Team } from '../../src/domain/portal';
import type { KpiContext, KpiSubject } from '../../src/kpi/kpiContext';
import { buildPortalIndex } from '../../src/kpi/portalIndex';
import type { Settings } from '../../src/settings/settingsSchema';
import { defaultSettings } from '../../src/settings/defaultSettings';

/** Builders for small hand-made portals: every field has a neutral default, tests set what matters. */

export const at = (iso: string): number => Date.parse(iso.length === 10 ? `${iso}T12:00:00Z` : iso);

export const Q2_2026: Period = { kind: 'quarter', year: 2026, index: 2 };
export const Q1_2026: Period = { kind: 'quarter', year: 2026, index: 1 };
export const APRIL_2026: Period = { kind: 'month', year: 2026, index: 4 };
export const YEAR_2026: Period = { kind: 'year', year: 2026, index: 1 };
/** Well after 2026-Q2, so every period the tests ask about has ended. */
export const AFTER_Q2 = at('2026-08-15');

export function stage(id: string, probability: number | null, outcome: Stage['outcome'], displayOrder: number): Stage {
  return { id, label: id, displayOrder, probability, isClosed: outcome !== 'open', outcome };
}

/** lead (10%) → qualified (30%) → proposal (60%) → won; lost is an outcome. */
export function salesPipeline(id = 'sales', displayOrder = 0): Pipeline {
  return {
    id,
    label: id,
    displayOrder,
    stages: [
      stage(`${id}-lead`, 0.1, 'open', 0),
      stage(`${id}-qualified`, 0.3, 'open', 1),
      stage(`${id}-proposal`, 0.6, 'open', 2),
      stage(`${id}-won`, 1, 'won', 3),
      stage(`${id}-lost`, 0, 'lost', 4),
    ],
  };
}

export function owner(id: string, opts: Partial<Owner> = {}): Owner {
  return { id, userId: null, email: `${id}@example.com`, name: id, teamIds: [], primaryTeamId: null, active: true, ...opts };
}

let dealSeq = 0;

/** A deal of the sales pipeline; the stage follows the outcome unless given. */
export function deal(opts: Partial<Deal> & { ownerId: string }): Deal {
  const outcome = opts.outcome ?? 'open';
  const stageId = outcome === 'won' ? 'sales-won' : outcome === 'lost' ? 'sales-lost' : 'sales-lead';
  return {
    id: `d${++dealSeq}`,
    name: null,
    pipelineId: 'sales',
    stageId,
    amount: null,
    createdAt: null,
    closedAt: null,
    outcome,
    dealType: 'newbusiness',
    stageEnteredAt: {},
    collectedAmount: null,
    grossMargin: null,
    expense: null,
    forecastAmount: null,
    companyIds: null,
    lineItemIds: null,
    segmentValue: null,
    issues: [],
    ...opts,
  };
}

export interface PortalParts {
  owners: Owner[];
  deals: Deal[];
  teams?: Team[];
  pipelines?: Pipeline[];
  goals?: Goal[] | null;
  meetings?: Meeting[] | null;
  timeZone?: string;
}

export function portal(parts: PortalParts): PortalData {
  return {
    portal: { id: 1, timeZone: parts.timeZone ?? 'UTC', currency: 'CNY' },
    owners: parts.owners,
    teams: parts.teams ?? [],
    pipelines: parts.pipelines ?? [salesPipeline()],
    deals: parts.deals,
    goals: parts.goals === undefined ? [] : parts.goals,
    meetings: parts.meetings === undefined ? [] : parts.meetings,
    users: null,
  };
}

export const ownerSubject = (id: string): KpiSubject => ({ kind: 'owner', id, ownerIds: [id], teamIds: [] });
export const teamSubject = (team: Team): KpiSubject => ({ kind: 'team', id: team.id, ownerIds: team.memberOwnerIds, teamIds: [team.id] });

export interface ContextOptions {
  period?: Period;
  now?: number;
  subject: KpiSubject;
  settings?: Partial<Settings>;
  manualScores?: ManualScore[] | null;
  frozenForecasts?: FrozenForecast[] | null;
}

export function context(data: PortalData, opts: ContextOptions): KpiContext {
  const settings: Settings = { ...defaultSettings(), ...opts.settings };
  return {
    data,
    index: buildPortalIndex(data),
    settings,
    calendar: { timeZone: settings.timeZone ?? data.portal.timeZone, fiscalYearStartMonth: settings.fiscalYearStartMonth },
    period: opts.period ?? Q2_2026,
    now: opts.now ?? AFTER_Q2,
    subject: opts.subject,
    manualScores: opts.manualScores === undefined ? [] : opts.manualScores,
    frozenForecasts: opts.frozenForecasts === undefined ? [] : opts.frozenForecasts,
  };
}

export const MAPPED = { collectedAmount: 'collected', grossMargin: 'margin', expense: 'expense', forecastAmount: 'forecast_q_start', segment: null };
