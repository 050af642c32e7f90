import type { Meeting } from '../domain/portal';
import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing, kpiOk } from './kpiValue';
import { totalsOf } from './kpiInputs';
import { boundsOf, labelOf } from './kpiPeriod';

const byOwnerCache = new WeakMap<readonly Meeting[], Map<string, number[]>>();

/** Meeting times per owner, grouped once per meetings list. */
function meetingTimesByOwner(meetings: readonly Meeting[]): Map<string, number[]> {
  let byOwner = byOwnerCache.get(meetings);
  if (byOwner === undefined) {
    byOwner = new Map();
    for (const m of meetings) {
      if (m.ownerId === null || m.at === null) continue;
      const times = byOwner.get(m.ownerId);
      if (times) times.push(m.at);
      else byOwner.set(m.ownerId, [m.at]);
    }
    byOwnerCache.set(meetings, byOwner);
  }
  return byOwner;
}

/**
 * activity_count (有效拜访量, kpi-spec §4): meetings owned by the subject's owners with their time
 * in P. Meetings that were not read at all are unknown (not_configured), not "no visits", and so
 * is a portal that logs no meetings at all (docs/kpis.md "Customer visits"): there 0 would grade
 * every rep on a practice the team does not have. A
 * meeting without a time belongs to no period (HubSpot requires hs_timestamp, so that is a
 * parse failure the snapshot reader has already reported). A period in which the subject
 * has no deal at all and logged no meeting (a future quarter, one before they joined) has
 * nothing to measure: insufficient_data, not a 0 that would grade it D on its own.
 */
export function activityCount(ctx: KpiContext): KpiValue {
  if (ctx.data.meetings === null) return kpiMissing('activity_count', 'not_configured', 'meetings were not read from HubSpot');
  if (ctx.data.portal.meetingsLogged === false) return kpiMissing('activity_count', 'not_configured', 'meetings are not tracked in this portal: nobody has logged one');
  const byOwner = meetingTimesByOwner(ctx.data.meetings);
  const { start, end } = boundsOf(ctx.period, ctx.calendar);
  let count = 0;
  for (const ownerId of new Set(ctx.subject.ownerIds)) for (const at of byOwner.get(ownerId) ?? []) if (at >= start && at < end) count++;
  const t = totalsOf(ctx);
  if (count === 0 && t.wonCount + t.lostCount + t.openCount === 0) {
    return kpiMissing('activity_count', 'insufficient_data', `no deals and no meetings in ${labelOf(ctx.period)}: nothing to measure`);
  }
  return kpiOk('activity_count', count);
}
