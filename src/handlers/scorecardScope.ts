import type { Comparison } from '../crm/scorecardWindow';
import type { PortalData } from '../domain/portal';
import type { KpiSubject } from '../kpi/kpiContext';
import { portalIndexOf } from '../kpi/portalIndex';
import { readsComparisonPeriod } from '../kpi/kpiReads';
import { subjectFor } from '../scorecard/subjectFor';
import type { Role, Settings } from '../settings/settingsSchema';
import type { PortalInfo, Roster } from '../crm/crmPort';
import type { CustomerProperties } from '../crm/readCustomers';
import { customerProperties } from '../crm/readCustomers';
import { readsCustomers } from '../kpi/customerKpis';

/** The trend the scorecard card shows: the 4 periods before the one asked for. */
export const SCORECARD_HISTORY = 4;

const FUNNEL_KPIS = new Set(['stage_conversion', 'lead_to_deal_conversion']);

export interface ScorecardScope {
  subject: KpiSubject;
  /** Owners whose deals the KPIs read: the subject's, plus their teams' when a team KPI is on a rep's card. */
  ownerIds: string[];
  /** Teams whose own goals may be a target. */
  teamIds: string[];
  /** Quarters graded before the period: the trend, or the flags' run when that is longer. */
  historyQuarters: number;
  includeFunnel: boolean;
  comparison: Comparison;
  /** The company and line-item properties the template's customer KPIs read; absent when it has none. */
  customers?: CustomerProperties;
}

/**
 * What a scorecard must read, so the port fetches one owner's (or team's) window and not the
 * portal ("must not read the whole portal to build one owner's quarter"). Mirrors
 * evaluateScorecard: the role's subject (subjectFor), the history it grades, and — because
 * team_attainment on a rep's card is about their HubSpot teams — those teams' members.
 */
export function scorecardScope(ownerId: string, role: Role, portal: PortalInfo & { id: number }, roster: Roster, settings: Settings): ScorecardScope {
  const rosterData: PortalData = { portal, owners: roster.owners, teams: roster.teams, pipelines: [], deals: [], goals: null, meetings: null, users: null };
  const subject = subjectFor(ownerId, role, rosterData, portalIndexOf(rosterData), settings);
  const kpis = settings.roles[role].kpis.map((entry) => entry.kpi);
  const ownerIds = new Set(subject.ownerIds);
  const teamIds = new Set(subject.teamIds);
  if (subject.kind === 'owner' && kpis.includes('team_attainment')) {
    const own = roster.owners.find((o) => o.id === ownerId)?.teamIds ?? [];
    for (const team of roster.teams) {
      if (!own.includes(team.id)) continue;
      teamIds.add(team.id);
      team.memberOwnerIds.forEach((id) => ownerIds.add(id));
    }
  }
  const flagRun = Math.max(settings.flags.promotionAfterQuarters, settings.flags.improvementPlanAfterQuarters) - 1;
  return {
    subject,
    ownerIds: [...ownerIds],
    teamIds: [...teamIds],
    historyQuarters: Math.max(SCORECARD_HISTORY, flagRun),
    includeFunnel: kpis.some((kpi) => FUNNEL_KPIS.has(kpi)),
    comparison: kpis.some(readsComparisonPeriod) ? settings.growthComparison : 'none',
    customers: kpis.some(readsCustomers) ? customerProperties(settings) : undefined,
  };
}
