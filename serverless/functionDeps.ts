import { createHash } from 'node:crypto';
import type { CrmGateway } from '../src/crm/createCrmGateway';
import { createCrmGateway } from '../src/crm/createCrmGateway';
import type { CrmPort } from '../src/crm/crmPort';
import { crmPortFromGateway } from '../src/crm/crmPortFromGateway';
import type { Viewer } from '../src/handlers/contracts/common';
import type { HandlerDeps } from '../src/handlers/handlerDeps';
import type { AlertLedger } from '../src/store/alertLedger';
import { openPortalAlertLedger } from '../src/store/portalAlertLedger';
import { openPortalObjectStore } from '../src/store/portalObjectStore';
import type { SettingsStore } from '../src/store/settingsStore';
import type { Environment } from './accessToken';
import { noBackendStores } from './noBackendStores';

/**
 * What an invocation may be given beside the context. HubSpot calls `main(context)` alone, so
 * every field defaults to production: HubSpot's API (or HUBSPOT_API_BASE_URL), the real clock,
 * the process environment (read per call). Tests pass `basePath` or set the variable to point
 * the functions at the CRM emulator.
 */
export interface FunctionRuntime {
  basePath?: string;
  now?: () => number;
  env?: Environment;
}

/** Where a built function finds HubSpot when it is not HubSpot's own API: `kpi emulator` in tests and local development. */
export const API_BASE_URL_VARIABLE = 'HUBSPOT_API_BASE_URL';

/** The API base for this call: the runtime's, else the function's secrets, else the environment; HubSpot's own when none. */
export function apiBaseUrlOf(runtime: FunctionRuntime, secrets: Readonly<Record<string, string>>, env: Environment): string | undefined {
  const named = runtime.basePath ?? secrets[API_BASE_URL_VARIABLE] ?? env[API_BASE_URL_VARIABLE];
  const trimmed = named?.trim();
  return trimmed === undefined || trimmed === '' ? undefined : trimmed;
}

/** One token's HubSpot connection, kept for as long as the runtime keeps this module loaded. */
export interface FunctionConnection {
  gateway: CrmGateway;
  crm: CrmPort;
  settings: SettingsStore;
  ledger: AlertLedger;
}

/** A static-auth app has one token; a rotated one adds a second. More than this are old tokens. */
const MAX_CONNECTIONS = 4;
const connections = new Map<string, FunctionConnection>();

/**
 * The connection of a token (and API base), made on its first call and then reused: the
 * gateway's cache (owners, pipelines, account details, a pipeline's closed history), its rate
 * limiter and the custom-object type ids live across invocations as they do in the backend,
 * so a warm function costs what the backend's warm path costs. The token is keyed by hash,
 * never kept as a key in the clear. What outlives a call runs on the wall clock: a rate
 * limiter or a cache on a caller's fixed clock (a test's) would never see time pass.
 */
export function functionConnection(accessToken: string, basePath: string | undefined): FunctionConnection {
  const key = createHash('sha256').update(`${basePath ?? ''}\n${accessToken}`).digest('hex');
  const known = connections.get(key);
  if (known !== undefined) {
    connections.delete(key);
    connections.set(key, known);
    return known;
  }
  const connection = openConnection(accessToken, basePath);
  connections.set(key, connection);
  for (const oldest of connections.keys()) {
    if (connections.size <= MAX_CONNECTIONS) break;
    connections.delete(oldest);
  }
  return connection;
}

function openConnection(accessToken: string, basePath: string | undefined): FunctionConnection {
  const connection = basePath === undefined ? { accessToken } : { accessToken, basePath };
  const gateway = createCrmGateway(connection);
  const objects = gateway.objects;
  return {
    gateway,
    crm: crmPortFromGateway(gateway),
    settings: openPortalObjectStore({ objects, now: Date.now }),
    ledger: openPortalAlertLedger({ objects }),
  };
}

/**
 * The handler deps of one invocation (design.md "Data flow"): the token's connection for the
 * CRM, settings and the alert ledger in the portal's own custom objects (no backend on this
 * install), and the stores only a backend keeps answering "nothing recorded". The record
 * properties HubSpot sent with the call (`propertiesToSend`, the card's own record) go to the
 * deal card's read, which uses them instead of reading the deal when they are complete.
 */
export function functionDeps(viewer: Viewer, connection: FunctionConnection, now: () => number, propertiesToSend: Readonly<Record<string, string | null>> = {}): HandlerDeps {
  const sent = Object.keys(propertiesToSend).length > 0;
  const crm: CrmPort = sent ? { ...connection.crm, dealCard: (request) => connection.crm.dealCard({ ...request, dealProperties: propertiesToSend }) } : connection.crm;
  return { viewer, crm, ...noBackendStores(), settings: connection.settings, ledger: connection.ledger, now };
}
