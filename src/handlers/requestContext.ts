import type { Calendar } from '../domain/period';
import { calendarOf } from '../kpi/kpiContext';
import type { HandlerError } from './contracts/common';
import type { CurrentSettings } from './currentSettings';
import { currentSettings } from './currentSettings';
import type { PortalInfo, Roster } from '../crm/crmPort';
import type { HandlerDeps } from './handlerDeps';
import type { ViewerAccess } from './access/viewerAccess';
import { viewerAccess } from './access/viewerAccess';

/** What every handler starts from: the portal, the settings in force, the roster and the viewer's access. */
export interface RequestContext {
  /** The portal, its id always known: the verified viewer's when HubSpot would not say. */
  portal: PortalInfo & { id: number };
  settings: CurrentSettings;
  calendar: Calendar;
  roster: Roster;
  access: ViewerAccess;
  /** deps.now(), read once so that one request sees one instant. */
  now: number;
}

/**
 * Loads the request context. A viewer verified for another portal than the one the CRM
 * port reads is refused: the runtime should never build such deps, and if it does, no
 * portal's numbers may leak into another's card (one portal per backend).
 */
export async function requestContext(deps: HandlerDeps): Promise<{ ok: true; value: RequestContext } | { ok: false; error: HandlerError }> {
  const now = deps.now();
  const [portal, settings, roster] = await Promise.all([
    deps.crm.portal(),
    currentSettings(deps.settings, deps.viewer.portalId),
    deps.crm.roster(),
  ]);
  if (portal.id !== null && portal.id !== deps.viewer.portalId) {
    return { ok: false, error: { code: 'forbidden', message: `this backend serves portal ${portal.id}, not ${deps.viewer.portalId}` } };
  }
  if (settings.fallback !== null) {
    const { corruptVersion, usedVersion, reason } = settings.fallback;
    deps.logProblem?.(`settings of portal ${deps.viewer.portalId}: ${reason}; serving ${usedVersion === 0 ? 'the defaults' : `version ${usedVersion}`} until an admin saves or restores over version ${corruptVersion}`);
  }
  const access = viewerAccess(deps.viewer, roster, settings.settings, deps.crm);
  const known = { ...portal, id: deps.viewer.portalId };
  return { ok: true, value: { portal: known, settings, calendar: calendarOf(settings.settings, { portal: known }), roster, access, now } };
}
