import { GOAL_PROPERTIES, MEETING_PROPERTIES } from '../crm/activitySpecs';
import type { MirrorCollections } from '../store/mirrorStore';
import type { SyncContext } from './syncContext';

/** Used when HubSpot will not tell the account's details (no scope, an emulator without them). */
export interface PortalFallback {
  timeZone: string;
  currency: string;
}

type Name = keyof MirrorCollections;

/** How each collection is read from HubSpot (null: HubSpot would not say, e.g. no users scope). */
function readers(ctx: SyncContext, fallback: PortalFallback): { [K in Name]: () => Promise<MirrorCollections[K]> } {
  const { client } = ctx;
  return {
    portal: async () => {
      const account = await client.accountDetails();
      return account === null ? { id: ctx.portalId, ...fallback } : { id: account.portalId, timeZone: account.timeZone, currency: account.companyCurrency };
    },
    owners: () => client.owners(),
    pipelines: () => client.pipelines(),
    goals: () => client.search('goal_targets', { inLists: [], alternatives: [], properties: GOAL_PROPERTIES }),
    meetings: () => client.search('meetings', { inLists: [], alternatives: [], properties: MEETING_PROPERTIES }),
    users: () => client.users(),
  };
}

/**
 * Reads the named portal-wide collections again and stores those that changed. Only a change
 * is written and told to the index, because new owners or pipelines make it parse every deal
 * again.
 */
export async function refreshCollections(ctx: SyncContext, fallback: PortalFallback, names: readonly Name[]): Promise<Name[]> {
  const read = readers(ctx, fallback);
  const fresh: Partial<MirrorCollections> = {};
  for (const name of names) (fresh as Record<Name, unknown>)[name] = await read[name]();
  const stored = await ctx.store.collections(ctx.portalId);
  const changed = names.filter((name) => fresh[name] != null && JSON.stringify(fresh[name]) !== JSON.stringify(stored[name]));
  for (const name of changed) await ctx.store.replaceCollection(ctx.portalId, name, fresh[name] as never);
  if (changed.length > 0) ctx.index.collectionsChanged(Object.fromEntries(changed.map((n) => [n, fresh[n]])));
  return changed;
}
