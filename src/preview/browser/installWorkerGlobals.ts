import { serverlessViaBackend, fetchAsViewer } from './bridge/backendCall';
import { fetchCrmProperties } from './bridge/crmProperties';
import { extensionContext } from './bridge/extensionContext';
import { extendV2 } from './bridge/extensionRegistry';
import { hostActions } from './bridge/hostActions';
import { useAppPageLocation } from './bridge/pageLocation';
import { previewSelection } from './bridge/previewSelection';

/**
 * The globals `@hubspot/ui-extensions` reads at module load (design.md "To run an unmodified
 * extension file in the preview"). This module must be imported before anything that imports
 * the package, which is why the browser entry imports it first and it imports nothing of it.
 */
const worker = self as unknown as Record<string, unknown>;

const notOnThisPage = (what: string) => () => Promise.reject(new Error(`${what} is not available in the local preview`));

worker.__HUBSPOT_EXTENSION_WORKER__ = true;
worker.logger = {
  debug: (...a: unknown[]) => console.debug('[extension]', ...a),
  info: (...a: unknown[]) => console.info('[extension]', ...a),
  warn: (...a: unknown[]) => console.warn('[extension]', ...a),
  error: (...a: unknown[]) => console.error('[extension]', ...a),
};
worker.extend_V2 = extendV2;
worker.serverless = serverlessViaBackend;
worker.hsFetch = (url: string, options: { method?: string; body?: unknown } = {}) => fetchAsViewer(url, options);
worker.hsWorkerAPI = {
  useExtensionContext: () => extensionContext('pages', previewSelection()),
  useExtensionActions: () => hostActions(),
  useExtensionApi: () => ({ context: extensionContext('pages', previewSelection()), actions: hostActions(), runServerlessFunction: serverlessViaBackend }),
  useAppPageLocation,
  fetchCrmProperties,
  fetchCrmSearch: notOnThisPage('useCrmSearch'),
  fetchAssociations: notOnThisPage('useAssociations'),
  fetchHubSpotApi: notOnThisPage('the HubSpot API client'),
  formatCrmProperties: notOnThisPage('formatCrmProperties'),
};
