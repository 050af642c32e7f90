import { appFunction } from '../appFunction';
import { requiresBackend } from '../requiresBackend';

/**
 * App function `scan-alerts`: the funnel page's "Scan alerts" action. On an install without a
 * backend there is no alert ledger (serverless/noBackendStores.ts), so the scan is refused
 * rather than run without its idempotency; the backend runs src/handlers/scanAlerts.ts.
 */
export const main = appFunction(requiresBackend('Alert scans'));
