import { scanAlerts } from '../../src/handlers/scanAlerts';
import { appFunction } from '../appFunction';

/**
 * App function `scan-alerts`: the funnel page's "Scan alerts" action (kpi-spec §5). The alert
 * ledger that keeps the scan idempotent lives in the portal (serverless/functionDeps.ts), so
 * no backend is needed: a second scan finds its open alerts there and raises no new task.
 */
export const main = appFunction(scanAlerts);
