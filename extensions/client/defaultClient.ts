import type { JsonValue } from '@hubspot/ui-extensions';
import { hubspot } from '@hubspot/ui-extensions';
import { createFetchClient } from './createFetchClient';
import type { KpiClient } from './kpiClient';
import { createServerlessClient } from './createServerlessClient';

/**
 * The transport the entry files use. App functions (`hubspot.serverless`) are the default for
 * the static-auth private app; set a base URL (listed in `permittedUrls.fetch`) to go through
 * our own backend with `hubspot.fetch` instead.
 */
export const BACKEND_BASE_URL: string | null = null;

export function defaultClient(baseUrl: string | null = BACKEND_BASE_URL): KpiClient {
  if (baseUrl !== null) return createFetchClient((url, options) => hubspot.fetch(url, options), baseUrl);
  // The inputs are zod-shaped plain data (DealKpisInput…), so they are JSON by construction.
  return createServerlessClient((name, options) => hubspot.serverless(name, { parameters: options.parameters as JsonValue }));
}
