import { createCrmGateway } from '../src/crm/createCrmGateway';
import type { Viewer } from '../src/handlers/contracts/common';
import { crmPortFromGateway } from '../src/crm/crmPortFromGateway';
import type { HandlerDeps } from '../src/handlers/handlerDeps';
import { hubspotClient } from '../src/store/hubspotClient';
import { openPortalAlertLedger } from '../src/store/portalAlertLedger';
import { openPortalObjectStore } from '../src/store/portalObjectStore';
import { noBackendStores } from './noBackendStores';

/**
 * What an invocation may be given beside the context. HubSpot calls `main(context)` alone, so
 * every field defaults to production: HubSpot's API, the real clock, the process environment
 * (read per call). Tests pass `basePath` to point the SDK at the CRM emulator.
 */
export interface FunctionRuntime {
  basePath?: string;
  now?: () => number;
  env?: Readonly<Record<string, string | undefined>>;
}

/**
 * The handler deps of one invocation (design.md "Data flow"): the gateway through the real SDK
 * for the CRM, settings and the alert ledger in the portal's own custom objects (no backend on
 * this install; one SDK client serves both), and the stores only a backend keeps answering
 * "nothing recorded". Built per call, after the token is known; nothing is created at module load.
 */
export function functionDeps(viewer: Viewer, accessToken: string, runtime: FunctionRuntime): HandlerDeps {
  const now = runtime.now ?? Date.now;
  const connection = runtime.basePath === undefined ? { accessToken } : { accessToken, basePath: runtime.basePath };
  const gateway = createCrmGateway({ ...connection, clock: now });
  const store = hubspotClient(connection);
  return {
    viewer,
    crm: crmPortFromGateway(gateway),
    ...noBackendStores(),
    settings: openPortalObjectStore({ client: store, now }),
    ledger: openPortalAlertLedger({ client: store }),
    now,
  };
}
