import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SnapshotInput } from '../domain/snapshot';
import { portalInfoSchema } from '../domain/snapshot';
import type { CrmState } from './crmState';
import { createCrmState } from './crmState';
import type { EmulatorOptions } from './emulatorOptions';
import { emulatorOptionsSchema } from './emulatorOptions';
import { mountRoutes } from './mountRoutes';
import type { RatePolicy } from './rateLimiter';
import { GENERAL_POLICY, RateLimiter, SEARCH_POLICY } from './rateLimiter';
import type { RequestStats } from './requestStats';
import { createRequestCounter } from './requestStats';
import { accountInfoRoutes } from './routes/accountInfoRoutes';
import { associationsBatchReadRoute } from './routes/associationsBatchReadRoute';
import { batchReadRoute } from './routes/batchReadRoute';
import { batchWriteRoutes } from './routes/batchWriteRoutes';
import { forecastsRoutes } from './routes/forecastsRoutes';
import { objectReadRoutes } from './routes/objectReadRoutes';
import { objectWriteRoutes } from './routes/objectWriteRoutes';
import { ownersRoutes } from './routes/ownersRoutes';
import { pipelinesRoutes } from './routes/pipelinesRoutes';
import { propertiesRoutes } from './routes/propertiesRoutes';
import { schemasRoutes } from './routes/schemasRoutes';
import { searchRoute } from './routes/searchRoute';
import { usersRoutes } from './routes/usersRoutes';
import { SearchIndexLag } from './searchIndexLag';
import { seededRandom } from './seededRandom';
import { WebhookDelivery } from './webhookDelivery';
import { eventCounter, webhookEvents } from './webhookEvents';
import type { WebhookOptions } from './webhookOptions';

export interface RunningEmulator {
  url: string;
  close(): Promise<void>;
}

/**
 * A local stand-in for the part of HubSpot's CRM v3 API the app uses, seeded from a
 * portal snapshot (design.md, "The portal snapshot") and faithful to HubSpot's shapes,
 * limits and errors so the same `@hubspot/api-client` code runs against both.
 *
 * - `app`: an Express router; mount it anywhere (its paths start at `/crm/...`,
 *   `/settings/...`) or start it alone with `listen`.
 * - `stats`: request counts in all and per route template, with `reset()`.
 * - `state`: the live portal (owners, pipelines, users, collections, custom types).
 * - `webhooks`: with the `webhooks` option, the sender of HubSpot's webhooks for deal writes.
 * - `listen(port)`: serves on 127.0.0.1 (`0` picks a free port) and gives the base URL
 *   to pass as the SDK's `basePath`.
 */
export interface CrmEmulator {
  app: express.Router;
  stats: RequestStats;
  state: CrmState;
  /** The webhook sender when `webhooks` was configured: `idle()` waits out deliveries, `stats` counts them. */
  webhooks: WebhookDelivery | null;
  /** Clears the rate windows (e.g. between test cases); counters reset through `stats`. */
  resetLimits(): void;
  listen(port: number): Promise<RunningEmulator>;
}

/**
 * The snapshot is taken as given (the CLI validates files with `snapshotSchema`); only the
 * portal block is parsed here, for its time-zone and currency defaults, so that seeding a
 * million deals does not pay for a second full validation.
 */
export function createCrmEmulator(snapshot: SnapshotInput, options: EmulatorOptions = {}): CrmEmulator {
  const config = emulatorOptionsSchema.parse(options);
  const now = config.now ?? Date.now;
  const seeded = { ...snapshot, portal: portalInfoSchema.parse(snapshot.portal) };
  const state = createCrmState(seeded, new Date(now()).toISOString());
  const counter = createRequestCounter();
  const limiter = config.limits === false ? null : new RateLimiter(config.limitsClock ?? now);
  const searchPolicy: RatePolicy = { ...SEARCH_POLICY, max: config.limits === false ? SEARCH_POLICY.max : config.limits.searchPerSecond };
  const generalPolicy: RatePolicy = { ...GENERAL_POLICY, max: config.limits === false ? GENERAL_POLICY.max : config.limits.generalPerTenSeconds };
  const searchLag = new SearchIndexLag(config.searchLagMs);
  state.changes.subscribe((change) => searchLag.record(change));
  const webhooks = config.webhooks === undefined ? null : startWebhooks(state, config.webhooks, now);
  const app = express.Router();
  app.use(express.text({ type: () => true, limit: '10mb' }));
  const routes = [
    ...ownersRoutes(state),
    ...pipelinesRoutes(state),
    ...propertiesRoutes(state),
    ...schemasRoutes(state, now),
    ...usersRoutes(state),
    ...accountInfoRoutes(seeded.portal, now),
    searchRoute(state, now, searchLag),
    batchReadRoute(state, now),
    associationsBatchReadRoute(state, now),
    ...batchWriteRoutes(state, now),
    ...objectReadRoutes(state),
    ...forecastsRoutes(state),
    ...objectWriteRoutes(state, now),
  ];
  const gate = {
    tokens: new Set(config.tokens),
    limiter,
    faults: config.faults,
    hang: config.hang,
    rateLimitStorm: config.rateLimitStorm,
    random: seededRandom(config.random),
    retryAfterShare: config.retryAfterShare,
    retryAfterRandom: seededRandom(config.random + 1),
  };
  mountRoutes(app, routes, { gate, counter, latencyMs: config.latencyMs, searchPolicy, generalPolicy });
  return { app, stats: counter, state, webhooks, resetLimits: () => limiter?.reset(), listen: (port) => listen(app, port) };
}

function startWebhooks(state: CrmState, options: WebhookOptions, now: () => number): WebhookDelivery {
  const delivery = new WebhookDelivery(options, now);
  const counter = eventCounter();
  state.changes.subscribe((change) => delivery.enqueue(webhookEvents(change, state.portalId, options, counter)));
  return delivery;
}

function listen(router: express.Router, port: number): Promise<RunningEmulator> {
  const server = express().use(router);
  return new Promise((resolve, reject) => {
    const http: Server = server.listen(port, '127.0.0.1', () => {
      const { port: bound } = http.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${bound}`,
        close: () =>
          new Promise<void>((done, fail) => {
            http.close((error) => (error ? fail(error) : done()));
            // Requests left hanging on purpose (fault injection) would otherwise keep it open.
            http.closeAllConnections();
          }),
      });
    });
    http.on('error', reject);
  });
}
