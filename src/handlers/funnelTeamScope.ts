import type { HandlerError } from './contracts/common';
import { needsBackend } from './access/needsBackend';
import { viewerRole } from './access/viewerAccess';
import { visibleTeamIds } from './access/visibleTeamIds';
import type { RequestContext } from './requestContext';

/**
 * The teams a funnel request covers (issue 4: managers see their teams, directors and admins
 * all, reps none): the one asked for when the viewer may see it, else every visible team.
 */
export async function funnelTeamScope(context: RequestContext, teamId: string | undefined): Promise<{ ok: true; value: string[] } | { ok: false; error: HandlerError }> {
  if (context.access.claimed) return needsBackend('team funnels and alerts');
  const role = await viewerRole(context.access);
  if (role === 'rep' || role === 'none') return { ok: false, error: { code: 'forbidden', message: 'funnel health is for managers, directors and admins' } };
  const visible = await visibleTeamIds(context.access, context.roster);
  if (teamId === undefined) return { ok: true, value: visible };
  if (!context.roster.teams.some((t) => t.id === teamId)) return { ok: false, error: { code: 'not_found', message: `team ${teamId} is not a team of this portal` } };
  if (!visible.includes(teamId)) return { ok: false, error: { code: 'forbidden', message: `you do not manage team ${teamId}` } };
  return { ok: true, value: [teamId] };
}
