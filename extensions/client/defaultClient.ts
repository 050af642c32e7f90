import type { JsonValue } from '@hubspot/ui-extensions';
import { hubspot } from '@hubspot/ui-extensions';
import type { CardUser } from './createServerlessClient';
import { createFetchClient } from './createFetchClient';
import type { KpiClient } from './kpiClient';
import { createServerlessClient } from './createServerlessClient';

/** Replaced at build time by `npm run build -- --backend-url URL` (src/build/bundleExtensions.ts). */
declare const __KPI_BACKEND_URL__: string | null | undefined;

/**
 * The transport the entry files use. App functions (`hubspot.serverless`) are the default for
 * the static-auth private app, told the card's user as a claim; a build with `--backend-url`
 * (which also lists the URL in `permittedUrls.fetch`) goes through our own backend with
 * `hubspot.fetch`, whose signature tells the backend who is signed in for certain.
 */
export const BACKEND_BASE_URL: string | null = typeof __KPI_BACKEND_URL__ === 'string' ? __KPI_BACKEND_URL__ : null;

export function defaultClient(user: CardUser, baseUrl: string | null = BACKEND_BASE_URL): KpiClient {
  if (baseUrl !== null) return createFetchClient((url, options) => hubspot.fetch(url, options), baseUrl);
  // The inputs are zod-shaped plain data (DealKpisInput…), so they are JSON by construction.
  return createServerlessClient(user, (name, options) => hubspot.serverless(name, { ...options, parameters: options.parameters as JsonValue }));
}
