import { needsBackend } from './access/needsBackend';
import type { HandlerError } from './contracts/common';
import type { RequestContext } from './requestContext';

const refused = (message: string): { ok: false; error: HandlerError } => ({ ok: false, error: { code: 'forbidden', message } });

/**
 * Who may use the settings page (only admins save or restore). Directors may read the
 * settings and their history, since they already see every number the settings shape; reps and
 * managers may not (quotas and commission tiers of others are in there). The system runner is
 * no user, so it can neither save nor be named as the one who saved.
 */
export async function settingsAccess(context: RequestContext, need: 'read' | 'write'): Promise<{ ok: true } | { ok: false; error: HandlerError }> {
  const { access } = context;
  if (access.claimed) return needsBackend('the settings (they hold everyone’s quotas and commission tiers)');
  if (access.system) return need === 'read' ? { ok: true } : refused('the system runner cannot change settings');
  if (await access.isAdmin()) return { ok: true };
  if (need === 'read' && access.director) return { ok: true };
  return refused(need === 'write' ? 'only admins may change the settings' : 'only admins and directors may see the settings');
}
