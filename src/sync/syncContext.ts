import type { CrmClient } from '../crm/crmClient';
import type { MirrorStore } from '../store/mirrorStore';
import type { MirrorIndex } from './mirrorIndex';

/** What every sync step reads HubSpot through and writes to. */
export interface SyncContext {
  client: CrmClient;
  store: MirrorStore;
  index: MirrorIndex;
  portalId: number;
  clock: () => number;
}
