import type { HandlerError } from './contracts/common';
import { needsBackend } from './access/needsBackend';
import { viewerRole } from './access/viewerAccess';
import { visibleTeamIds } from './access/visibleTeamIds';
import type { RequestContext } from './requestContext';

/**
 * The teams a funnel request covers (managers see their teams, directors and admins
 * all, reps none): the one asked for when the viewer may see it, else every visible team.
 */
export async function funnelTeamScope(context: RequestContext, teamId: string | undefined): Promise<{ ok: true; value: string[] } | { ok: false; error: HandlerError }> {
  if (context.access.claimed) return needsBackend('team funnels and alerts');
  const role = await viewerRole(context.access);
  if (role === 'rep' || role === 'none') return { ok: false, error: { code: 'forbidden', message: 'funnel health is for managers, directors and admins' } };
  const visible = await visibleTeamIds(context.access, context.roster);
  if (teamId === undefined) return { ok: true, value: visible };
  if (visible.includes(teamId)) return { ok: true, value: [teamId] };
  // Only those who see every team learn that one does not exist; to a manager a missing team
  // is refused exactly like another manager's, so team ids cannot be probed.
  if (role === 'manager') return { ok: false, error: { code: 'forbidden', message: `you do not manage team ${teamId}` } };
  return { ok: false, error: { code: 'not_found', message: `team ${teamId} is not a team of this portal` } };
}
