import type { DataIssue, Deal, Outcome, Stage } from './portal';
import type { CrmObject } from './snapshot';
import type { PropertyMapping } from './propertyMapping';
import { parseAmount, parseBoolean, parseInstant } from './parseValue';
import { readProperty } from './readProperty';
import { STAGE_ENTERED_LEGACY_PREFIX, STAGE_ENTERED_V2_PREFIX } from './dealProperties';

type Props = CrmObject['properties'];

const text = (props: Props, field: string): string | null => {
  const value = props[field];
  return value === null || value === undefined || value === '' ? null : value;
};

/**
 * Stage entry times. `hs_v2_date_entered_<stage>` is HubSpot's current property; portals
 * created before it carry only `hs_date_entered_<stage>`, used when the v2 value is absent.
 */
function stageEntries(deal: CrmObject, issues: DataIssue[]): Record<string, number> {
  const entries: Record<string, number> = {};
  const legacy: Record<string, number> = {};
  for (const key in deal.properties) {
    const v2 = key.startsWith(STAGE_ENTERED_V2_PREFIX);
    if (!v2 && !key.startsWith(STAGE_ENTERED_LEGACY_PREFIX)) continue;
    const at = readProperty(deal, 'deal', key, parseInstant, issues);
    if (at === null) continue;
    if (v2) entries[key.slice(STAGE_ENTERED_V2_PREFIX.length)] = at;
    else legacy[key.slice(STAGE_ENTERED_LEGACY_PREFIX.length)] = at;
  }
  for (const stageId in legacy) if (!(stageId in entries)) entries[stageId] = legacy[stageId] as number;
  return entries;
}

/**
 * The deal's outcome: HubSpot's own `hs_is_closed_won` / `hs_is_closed` flags when present,
 * else what its stage says. Unknown when neither can tell.
 */
function outcomeOf(isWon: boolean | null, isClosed: boolean | null, stage: Stage | undefined): Outcome | null {
  if (isWon === true) return 'won';
  if (isClosed === true) return isWon === false ? 'lost' : stage?.outcome === 'won' ? 'won' : 'lost';
  if (isClosed === false) return 'open';
  return stage ? stage.outcome : null;
}

/**
 * HubSpot lists a record's associations once per association type (a primary company appears
 * under two types), so the same id can come twice.
 */
const distinct = (ids: string[]): string[] => [...new Set(ids)];

/**
 * The deal's primary company first (association type 5, named `deal_to_company` in v3 reads;
 * the others are `deal_to_company_unlabeled` or a label): the customer KPIs take a deal's
 * customer to be its primary company (kpi-spec §4).
 */
const PRIMARY_COMPANY = new Set(['deal_to_company', '5']);
const primaryFirst = <T extends { type?: string }>(results: T[]): T[] =>
  [...results].sort((a, b) => Number(!PRIMARY_COMPANY.has(a.type ?? '')) - Number(!PRIMARY_COMPANY.has(b.type ?? '')));

/** v3 reads with `associations=line_items` name the key `line items`; snapshots write `line_items`. */
const lineItemAssociations = (deal: CrmObject) => (deal.associations?.line_items ?? deal.associations?.['line items'])?.results;

/** A mapped optional property (kpi-spec §2: collected amount, margin, expense, forecast); unmapped is unknown. */
function mapped(deal: CrmObject, property: string | null, issues: DataIssue[]): number | null {
  return property === null ? null : readProperty(deal, 'deal', property, parseAmount, issues);
}

/**
 * A deal as the engine reads it (kpi-spec §2): the amount in home currency
 * (`amount_in_home_currency`, else `amount`), the outcome, the stage-entry times and the
 * mapped properties. Every value is read once here; one that cannot be read is unknown and
 * added to `issues`.
 */
export function toDeal(deal: CrmObject, stagesById: ReadonlyMap<string, Stage>, mapping: PropertyMapping, issues: DataIssue[]): Deal {
  const own: DataIssue[] = [];
  const parsed = readDeal(deal, stagesById, mapping, own);
  issues.push(...own);
  return { ...parsed, issues: own };
}

function readDeal(deal: CrmObject, stagesById: ReadonlyMap<string, Stage>, mapping: PropertyMapping, issues: DataIssue[]): Omit<Deal, 'issues'> {
  const p = deal.properties;
  const home = readProperty(deal, 'deal', 'amount_in_home_currency', parseAmount, issues);
  const amount = home ?? readProperty(deal, 'deal', 'amount', parseAmount, issues);
  const stageId = text(p, 'dealstage');
  const isWon = readProperty(deal, 'deal', 'hs_is_closed_won', parseBoolean, issues);
  const isClosed = readProperty(deal, 'deal', 'hs_is_closed', parseBoolean, issues);
  const companies = deal.associations?.companies?.results;
  const lineItems = lineItemAssociations(deal);
  return {
    id: deal.id,
    name: text(p, 'dealname'),
    pipelineId: text(p, 'pipeline'),
    stageId,
    ownerId: text(p, 'hubspot_owner_id'),
    amount,
    createdAt: readProperty(deal, 'deal', 'createdate', parseInstant, issues),
    closedAt: readProperty(deal, 'deal', 'closedate', parseInstant, issues),
    outcome: outcomeOf(isWon, isClosed, stageId === null ? undefined : stagesById.get(stageId)),
    dealType: text(p, 'dealtype'),
    stageEnteredAt: stageEntries(deal, issues),
    collectedAmount: mapped(deal, mapping.collectedAmount, issues),
    grossMargin: mapped(deal, mapping.grossMargin, issues),
    expense: mapped(deal, mapping.expense, issues),
    forecastAmount: mapped(deal, mapping.forecastAmount, issues),
    companyIds: companies ? distinct(primaryFirst(companies).map((c) => c.id)) : null,
    lineItemIds: lineItems ? distinct(lineItems.map((l) => l.id)) : null,
    segmentValue: mapping.segment === null ? null : text(p, mapping.segment),
  };
}
