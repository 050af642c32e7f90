import { parseInstant } from '../domain/parseValue';
import type { CrmObject } from '../domain/snapshot';

/** A deal's hs_lastmodifieddate in epoch ms; null when absent or unreadable, so such a value never moves the cursor. */
export function changeTime(deal: CrmObject | undefined): number | null {
  const parsed = parseInstant(deal?.properties.hs_lastmodifieddate);
  return parsed.ok ? parsed.value : null;
}
