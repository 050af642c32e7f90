import type { Deal, Owner, Pipeline, PortalData, Stage, Team } from '../domain/portal';

/**
 * Lookups built once per portal so that every KPI, funnel and scorecard reads only the deals
 * it needs (a 1M-deal portal is grouped once, not scanned per KPI).
 */
export interface PortalIndex {
  dealsByOwner: ReadonlyMap<string, readonly Deal[]>;
  ownersById: ReadonlyMap<string, Owner>;
  ownerByUserId: ReadonlyMap<number, Owner>;
  teamsById: ReadonlyMap<string, Team>;
  pipelinesById: ReadonlyMap<string, Pipeline>;
  stagesById: ReadonlyMap<string, Stage>;
}

export function buildPortalIndex(data: PortalData): PortalIndex {
  const dealsByOwner = new Map<string, Deal[]>();
  for (const deal of data.deals) {
    if (deal.ownerId === null) continue;
    const list = dealsByOwner.get(deal.ownerId);
    if (list) list.push(deal);
    else dealsByOwner.set(deal.ownerId, [deal]);
  }
  const ownerByUserId = new Map<number, Owner>();
  for (const owner of data.owners) if (owner.userId !== null) ownerByUserId.set(owner.userId, owner);
  const stagesById = new Map<string, Stage>();
  for (const pipeline of data.pipelines) for (const stage of pipeline.stages) stagesById.set(stage.id, stage);
  return {
    dealsByOwner,
    ownersById: new Map(data.owners.map((o) => [o.id, o])),
    ownerByUserId,
    teamsById: new Map(data.teams.map((t) => [t.id, t])),
    pipelinesById: new Map(data.pipelines.map((p) => [p.id, p])),
    stagesById,
  };
}

/** The deals owned by any of the given owners. */
export function dealsOfOwners(index: PortalIndex, ownerIds: readonly string[]): Deal[] {
  if (ownerIds.length === 1) return [...(index.dealsByOwner.get(ownerIds[0] as string) ?? [])];
  return ownerIds.flatMap((id) => index.dealsByOwner.get(id) ?? []);
}

const built = new WeakMap<PortalData, PortalIndex>();

/**
 * The portal's index, built once per portal value: the mirror answers the same PortalData
 * until a sync step changes it, so every card in between reads the same index and the
 * aggregates memoised on it (memoOnIndex) — a director's view of a million deals is grouped
 * and checked for data problems once a cycle, not once a request. Portal values are never
 * changed once made; a changed portal is a new value.
 */
export function portalIndexOf(data: PortalData): PortalIndex {
  const held = built.get(data);
  if (held !== undefined) return held;
  const index = buildPortalIndex(data);
  built.set(data, index);
  return index;
}
