import { withRequestBudget } from '../crm/requestBudget';
import type { ScanAlertsInput, ScanAlertsOutput } from '../handlers/contracts/scanAlerts';
import { systemRunner } from '../handlers/handlerDeps';
import type { HandlerResult } from '../handlers/handlerResult';
import { scanAlerts } from '../handlers/scanAlerts';
import type { RequestServices } from './routeHandler';

/**
 * One alert scan as the system runner (the backend's daily schedule and
 * `kpi alerts scan`): no HubSpot user is behind it, so it is named for task bodies and logs.
 */
export function runAlertScan(
  services: RequestServices,
  portalId: number,
  name: string,
  now: () => number,
  input: ScanAlertsInput = {},
): Promise<HandlerResult<ScanAlertsOutput>> {
  // Background: a card's read is served first while the scan waits for HubSpot's limit.
  return withRequestBudget({ priority: 'background', deadline: null }, () => scanAlerts(input, { ...services, viewer: systemRunner(portalId, name), now }));
}

/** "created 2, updated 1, resolved 0", for logs and the command line. */
export const scanSummary = (output: ScanAlertsOutput): string => `created ${output.created}, updated ${output.updated}, resolved ${output.resolved}`;
