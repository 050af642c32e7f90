import type { CrmObject } from '../../domain/snapshot';
import type { RepProfile } from './demoRepProfiles';
import type { Rng } from './prng';
import { DAY_MS, HISTORY_MS, iso } from './demoTime';

const MEETING_ID_BASE = 80_000_000_000;
const MONTH_DAYS = 30.44;
const TITLES = ['客户拜访 Customer visit', '需求沟通 Discovery call', '方案演示 Demo', '商务谈判 Negotiation'];

/**
 * Customer meetings (activity_count): each rep logs meetings at their own pace over the two
 * years before asOf, independent of how many deals are generated (visits are people's time).
 */
export function demoMeetings(rng: Rng, reps: readonly RepProfile[], asOf: number): CrmObject[] {
  const meetings: CrmObject[] = [];
  for (const rep of reps) {
    const meanGap = (MONTH_DAYS * DAY_MS) / rep.meetingsPerMonth;
    for (let t = asOf - HISTORY_MS + rng.exponential(meanGap); t < asOf; t += rng.exponential(meanGap)) {
      const at = iso(Math.floor(t));
      meetings.push({
        id: String(MEETING_ID_BASE + meetings.length),
        properties: { hs_meeting_title: rng.pick(TITLES), hubspot_owner_id: rep.ownerId, hs_timestamp: at, hs_meeting_outcome: 'COMPLETED' },
        createdAt: at,
        updatedAt: at,
        archived: false,
      });
    }
  }
  return meetings;
}
