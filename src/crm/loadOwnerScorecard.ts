import type { Calendar, Period } from '../domain/period';
import type { ParsedPortal } from '../domain/portalFromSnapshot';
import type { PropertyMapping } from '../domain/propertyMapping';
import { goalSearchSpec, meetingSearchSpec } from './activitySpecs';
import type { PortalInfo } from './crmPort';
import { assemblePortal, mergeById } from './assemblePortal';
import type { CrmGateway } from './createCrmGateway';
import type { DealCondition } from './dealQuery';
import { dealSearchSpec, funnelConditions, undatedClosedCondition } from './dealQuery';
import type { CustomerProperties } from './readCustomers';
import { readLiveCustomers } from './readLiveCustomers';
import type { Comparison } from './scorecardWindow';
import { scorecardWindow } from './scorecardWindow';

export interface OwnerScorecardLoad {
  portal: PortalInfo;
  /** The rep, or every member of the team(s) or department in scope. */
  ownerIds: string[];
  /** Teams in scope whose own HubSpot goals count (team_attainment); none for a rep. */
  teamIds?: string[];
  period: Period;
  calendar: Calendar;
  mapping: PropertyMapping;
  /** Quarters of trend before the period (the scorecard's history and flags). */
  historyQuarters: number;
  /** Whether the template has funnel KPIs (stage_conversion, lead_to_deal_conversion). */
  includeFunnel: boolean;
  /** growth_rate's comparison period(s) to read; 'none' when the template has no growth KPI (default 'both'). */
  comparison?: Comparison;
  /** With customer KPIs: the properties to read the deals' companies and line items with (readLiveCustomers). */
  customers?: CustomerProperties;
}

/**
 * Loads what one owner's (or a team's) scorecard needs for a period, its history quarters
 * and their growth comparison periods — W = [earliest start of those periods, period end):
 *
 * 1. owners (GET /crm/v3/owners, active and archived; cached per portal)
 * 2. deal pipelines (GET /crm/v3/pipelines/deals; cached per portal)
 * 3. deals search: hubspot_owner_id IN owners AND (closedate in W, or closed with no closedate
 *    created before W.end (a data problem to name), or — with funnel KPIs —
 *    createdate < W.end AND (open OR closedate ≥ W.start)), with the KPI properties and
 *    every pipeline's stage-entry properties; owner lists over 100 are chunked.
 * 4. goal_targets search: hs_assignee_user_id IN the owners' users, overlapping W
 *    (and hs_assignee_team_id IN teamIds when teams are in scope: one more search)
 * 5. meetings search: hubspot_owner_id IN owners, hs_timestamp in W
 *
 * 6. with customer KPIs, when the window is small enough (readLiveCustomers): the deals'
 *    companies and the won ones' line items (associations, then batch reads), and the
 *    customers' other won deals, whoever's and whenever, for their first purchase
 *
 * That is 3 searches (4 with teams) once owners and pipelines are cached, plus one more per
 * 10,000 results or 200-result page beyond the first, and with customers at most 24 batch requests.
 */
export async function loadOwnerScorecard(gateway: CrmGateway, input: OwnerScorecardLoad): Promise<ParsedPortal & { window: { start: number; end: number } }> {
  const window = scorecardWindow(input.period, input.calendar, input.historyQuarters, input.comparison);
  const owners = await gateway.rawOwners();
  const wanted = new Set(input.ownerIds);
  const userIds = owners.filter((o) => wanted.has(o.id) && o.userId != null).map((o) => String(o.userId));
  const anyOf: DealCondition[] = [{ closedIn: window }, undatedClosedCondition(window), ...(input.includeFunnel ? funnelConditions(window) : [])];
  const properties = await gateway.dealProperties(input.mapping);
  const [deals, userGoals, teamGoals, meetings] = await Promise.all([
    gateway.records.search('deals', dealSearchSpec({ ownerIds: input.ownerIds, anyOf }, properties)),
    gateway.records.search('goal_targets', goalSearchSpec('hs_assignee_user_id', userIds, window)),
    input.teamIds && input.teamIds.length > 0 ? gateway.records.search('goal_targets', goalSearchSpec('hs_assignee_team_id', input.teamIds, window)) : [],
    gateway.records.search('meetings', meetingSearchSpec(input.ownerIds, window)),
  ]);
  const customers = input.customers ? await readLiveCustomers(gateway.records, mergeById(deals), input.customers, properties) : null;
  const goals = mergeById([...userGoals, ...teamGoals]);
  if (customers === null) return { ...(await assemblePortal(gateway, input.portal, { deals, goals, meetings }, input.mapping)), window };
  const parts = { deals: [...customers.deals, ...(customers.otherWins ?? [])], goals, meetings, companies: customers.companies, lineItems: customers.lineItems };
  const parsed = await assemblePortal(gateway, input.portal, parts, input.mapping);
  return { ...windowOnly(parsed, new Set(customers.deals.map((d) => d.id)), customers.otherWins !== null), window };
}

/**
 * The customers' other won deals were read only for the companies' first purchases: the
 * scorecard's deals stay the window's, as the other ports give them. Without them a company's
 * wins are unknown rather than only the window's (a repeat customer would look new).
 */
function windowOnly(parsed: ParsedPortal, windowIds: ReadonlySet<string>, winsRead: boolean): ParsedPortal {
  const { data } = parsed;
  const companies = data.companies && !winsRead ? data.companies.map((c) => ({ ...c, wins: null })) : data.companies;
  return { issues: parsed.issues.filter((i) => i.object !== 'deal' || windowIds.has(i.id)), data: { ...data, deals: data.deals.filter((d) => windowIds.has(d.id)), companies } };
}
