import { withRequestBudget } from '../crm/requestBudget';
import type { FreezeForecastsOutput } from '../handlers/contracts/forecasts';
import { freezeForecasts } from '../handlers/freezeForecasts';
import { systemRunner } from '../handlers/handlerDeps';
import type { HandlerResult } from '../handlers/handlerResult';
import type { RequestServices } from './routeHandler';

/**
 * The forecast freeze as the system runner, before every alert scan (the backend's daily
 * schedule, `kpi alerts scan`): the first run in a period takes each forecast, later ones
 * change nothing. Background priority, like the scan: a card's read is served first.
 */
export function runForecastFreeze(services: RequestServices, portalId: number, name: string, now: () => number): Promise<HandlerResult<FreezeForecastsOutput>> {
  return withRequestBudget({ priority: 'background', deadline: null }, () => freezeForecasts({}, { ...services, viewer: systemRunner(portalId, name), now }));
}

/** "froze 4, already frozen 8, skipped 1", for logs and the command line. */
export const freezeSummary = (output: FreezeForecastsOutput): string => `froze ${output.frozen}, already frozen ${output.alreadyFrozen}, skipped ${output.skipped.length}`;
