import { versionOf } from './changeFeed';
import type { CrmState } from './crmState';
import type { ObjectCollection } from './objectCollection';

/**
 * Archives a live record (HubSpot's DELETE). False when there was nothing live to archive,
 * which HubSpot answers with the same 204: the record is gone either way.
 */
export function archiveObject(state: CrmState, collection: ObjectCollection, id: string, atIso: string): boolean {
  const live = collection.get(id);
  if (live === undefined || live.archived) return false;
  const before = versionOf(live);
  const archived = collection.archive(id, atIso);
  if (archived === undefined) return false;
  state.changes.publish({ collection, kind: 'archive', before, after: versionOf(archived), atMs: Date.parse(atIso) });
  return true;
}

