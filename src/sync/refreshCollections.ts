import { GOAL_PROPERTIES, MEETING_PROPERTIES } from '../crm/activitySpecs';
import type { MirrorCollections } from '../store/mirrorStore';
import type { SyncContext } from './syncContext';

/** Used when HubSpot will not tell the account's details (no scope, an emulator without them). */
export interface PortalFallback {
  timeZone: string;
  currency: string;
}

/**
 * Reads the portal-wide collections again (account details, owners, pipelines, goal targets,
 * meetings, users) and stores those that changed. Only a change is written and told to the
 * index, because new owners or pipelines make it parse every deal again.
 */
export async function refreshCollections(ctx: SyncContext, fallback: PortalFallback): Promise<(keyof MirrorCollections)[]> {
  const { client } = ctx;
  const account = await client.accountDetails();
  const fresh: MirrorCollections = {
    portal: account === null ? { id: ctx.portalId, ...fallback } : { id: account.portalId, timeZone: account.timeZone, currency: account.companyCurrency },
    owners: await client.owners(),
    pipelines: await client.pipelines(),
    goals: await client.search('goal_targets', { inLists: [], alternatives: [], properties: GOAL_PROPERTIES }),
    meetings: await client.search('meetings', { inLists: [], alternatives: [], properties: MEETING_PROPERTIES }),
    users: await client.users(),
  };
  const stored = await ctx.store.collections(ctx.portalId);
  const changed = (Object.keys(fresh) as (keyof MirrorCollections)[]).filter((name) => fresh[name] !== null && JSON.stringify(fresh[name]) !== JSON.stringify(stored[name]));
  for (const name of changed) await ctx.store.replaceCollection(ctx.portalId, name, fresh[name] as never);
  if (changed.length > 0) ctx.index.collectionsChanged(Object.fromEntries(changed.map((n) => [n, fresh[n]])));
  return changed;
}
