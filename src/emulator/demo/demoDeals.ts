import type { CrmObject } from '../../domain/snapshot';
import type { PathModel } from './demoDealModel';
import type { RepProfile } from './demoRepProfiles';
import type { Rng } from './prng';
import type { DealWalk } from './walkDeal';
import { NEW_BUSINESS_MODEL, RENEWAL_SHARE, RENEWALS_MODEL } from './demoDealModel';
import { cumulativeVolumes, pickIndex } from './demoRepProfiles';
import { creationPosition } from './demoCreationTimes';
import { demoDealNames } from './demoDealNames';
import { HISTORY_MS, YEAR_MS, iso } from './demoTime';
import { newWalk, walkDeal } from './walkDeal';

/** HubSpot deal ids grow with creation time; these are in the range real portals show. */
const DEAL_ID_BASE = 30_000_000_000;
const USD_SHARE = 0.04;
const CNY_PER_USD = 7.1;
/** Deals older than a year were partly created before HubSpot's v2 stage-entry properties. */
const LEGACY_SHARE = 0.35;
const EMPTY_AMOUNT_SHARE = 0.04;

interface PathKeys {
  model: PathModel;
  walk: DealWalk;
  v2: string[];
  legacy: string[];
  closedV2: { won: string; lost: string };
  closedLegacy: { won: string; lost: string };
}

function keysOf(model: PathModel): PathKeys {
  const { openStageIds, wonStageId, lostStageId } = model.path;
  return {
    model,
    walk: newWalk(model),
    v2: openStageIds.map((id) => `hs_v2_date_entered_${id}`),
    legacy: openStageIds.map((id) => `hs_date_entered_${id}`),
    closedV2: { won: `hs_v2_date_entered_${wonStageId}`, lost: `hs_v2_date_entered_${lostStageId}` },
    closedLegacy: { won: `hs_date_entered_${wonStageId}`, lost: `hs_date_entered_${lostStageId}` },
  };
}

/** Amounts are whole hundreds, so their strings are shared rather than made per deal. */
const amountText: string[] = [];
const amountString = (cny: number): string => (amountText[cny / 100] ??= String(cny));

function amountOf(rng: Rng, model: PathModel): number {
  const { median, sigma, min, max } = model.amount;
  const raw = median * Math.exp(sigma * rng.normal());
  return Math.round(Math.min(max, Math.max(min, raw)) / 100) * 100;
}

/**
 * `count` deals over the two years before asOf, in creation order (ids ascending), each in
 * HubSpot's API shape with string values: owner picked by volume, pipeline (a quarter are
 * renewals), stage path from walkDeal, amounts in CNY (a few in USD with
 * amount_in_home_currency, a few early deals with no amount yet).
 */
export function demoDeals(rng: Rng, reps: readonly RepProfile[], count: number, asOf: number): CrmObject[] {
  const cumulative = cumulativeVolumes(reps);
  const names = demoDealNames(rng);
  const paths = { nb: keysOf(NEW_BUSINESS_MODEL), renewal: keysOf(RENEWALS_MODEL) };
  const start = asOf - HISTORY_MS;
  const deals: CrmObject[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const created = Math.floor(start + creationPosition((i + rng.next()) / count) * HISTORY_MS);
    const rep = reps[pickIndex(cumulative, rng.next())] as RepProfile;
    const keys = rng.chance(RENEWAL_SHARE) ? paths.renewal : paths.nb;
    walkDeal(rng, keys.model, rep.firstPairRate, rep.skill, created, asOf, keys.walk);
    const legacy = created < asOf - YEAR_MS && rng.chance(LEGACY_SHARE);
    const name = rng.pick(keys.model.dealType === 'newbusiness' ? names.newBusiness : names.renewal);
    deals[i] = dealObject(rng, String(DEAL_ID_BASE + i), name, rep.ownerId, keys, legacy);
  }
  return deals;
}

function dealObject(rng: Rng, id: string, name: string, ownerId: string, keys: PathKeys, legacy: boolean): CrmObject {
  const { model, walk } = keys;
  const createdIso = iso(walk.entered[0] as number);
  const closeIso = iso(walk.closeAt);
  const stageId = walk.outcome === 'open' ? (model.path.openStageIds[walk.stage] as string) : walk.outcome === 'won' ? model.path.wonStageId : model.path.lostStageId;
  const props: Record<string, string | null> = {
    dealname: name,
    pipeline: model.path.pipelineId,
    dealstage: stageId,
    hubspot_owner_id: ownerId,
    amount: null,
    createdate: createdIso,
    closedate: closeIso,
    hs_is_closed_won: walk.outcome === 'won' ? 'true' : 'false',
    hs_is_closed: walk.outcome === 'open' ? 'false' : 'true',
    dealtype: model.dealType,
  };
  setAmount(rng, props, model, walk);
  const entryKeys = legacy ? keys.legacy : keys.v2;
  let updated = createdIso;
  for (let s = 0; s < walk.entered.length; s++) {
    const at = walk.entered[s] as number;
    if (Number.isNaN(at)) continue;
    updated = s === 0 ? createdIso : iso(at);
    props[entryKeys[s] as string] = updated;
  }
  if (walk.outcome !== 'open') {
    const closedKeys = legacy ? keys.closedLegacy : keys.closedV2;
    props[walk.outcome === 'won' ? closedKeys.won : closedKeys.lost] = closeIso;
    updated = closeIso;
  }
  return { id, properties: props, createdAt: createdIso, updatedAt: updated, archived: false };
}

function setAmount(rng: Rng, props: Record<string, string | null>, model: PathModel, walk: DealWalk): void {
  const early = walk.stage === 0 && walk.outcome !== 'won';
  if (early && rng.chance(EMPTY_AMOUNT_SHARE)) return;
  const cny = amountOf(rng, model);
  if (model.dealType === 'newbusiness' && rng.chance(USD_SHARE)) {
    props.amount = (cny / CNY_PER_USD).toFixed(2);
    props.amount_in_home_currency = amountString(cny);
    props.deal_currency_code = 'USD';
    return;
  }
  props.amount = amountString(cny);
}
