import type { Roster } from '../../crm/crmPort';
import type { ManualScore } from '../../domain/portal';
import { canSeeOwner } from './canSeeOwner';
import type { ViewerAccess } from './viewerAccess';

/**
 * Who may enter a manual score (kpi-spec §6, same rules as the scorecard): an owner enters
 * only their own self-assessment and nothing else about themselves; the other scores of an
 * owner are entered by those who may see their scorecard — their managers, directors,
 * admins. The system runner enters nothing: every entry must name a person. Returns why not,
 * or null when allowed.
 */
export async function whyMayNotEnter(access: ViewerAccess, ownerId: string, source: ManualScore['source'] | null, roster: Roster): Promise<string | null> {
  if (access.system) return 'scores are entered by people, not by the system runner';
  const own = access.owner !== null && access.owner.id === ownerId;
  if (source === 'self') return own ? null : 'only the owner enters their own self-assessment';
  if (own) return 'you enter only your self-assessment; your other scores are entered by your manager';
  return (await canSeeOwner(access, ownerId, roster)) ? null : 'you may enter scores for the members of the teams you manage';
}
