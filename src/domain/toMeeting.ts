import type { DataIssue, Meeting } from './portal';
import type { CrmObject } from './snapshot';
import { parseInstant } from './parseValue';
import { readProperty } from './readProperty';

/**
 * A logged meeting, what activity_count counts (kpi-spec §4): its owner and when it took place
 * (`hs_timestamp`); a meeting without a readable time belongs to no period.
 */
export function toMeeting(raw: CrmObject, issues: DataIssue[]): Meeting {
  return {
    id: raw.id,
    ownerId: raw.properties.hubspot_owner_id || null,
    at: readProperty(raw, 'meeting', 'hs_timestamp', parseInstant, issues),
  };
}
