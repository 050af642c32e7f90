import type { HubSpotRecords } from '../crm/crmClient';
import type { MirrorStore } from '../store/mirrorStore';
import type { MirrorIndex } from './mirrorIndex';

/** What every sync step reads HubSpot through and writes to. */
export interface SyncContext {
  client: HubSpotRecords;
  store: MirrorStore;
  index: MirrorIndex;
  portalId: number;
  clock: () => number;
  /** Checked between pages: true once the process is stopping, so a long backfill ends at a page boundary. */
  stopping: () => boolean;
}

/** Ends a run between two stored pages when the process stops; the next run resumes from the cursor. */
export class SyncStopped extends Error {
  override readonly name = 'SyncStopped';
  constructor() {
    super('the sync was stopped');
  }
}
