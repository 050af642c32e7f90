import type { SyncStatus } from '../sync/syncStatus';
import { webhookRoute } from './webhookRoute';
import express from 'express';
import { z } from 'zod';
import type { BackendLogger } from './backendLogger';
import { consoleLogger } from './backendLogger';
import { BACKEND_ROUTES } from './backendRoutes';
import type { Surface } from '../handlers/contracts/surfaceTimeouts';
import { surfaceBudgetMs } from '../handlers/contracts/surfaceTimeouts';
import { BODY_LIMIT, errorMiddleware, notFound } from './errorMiddleware';
import { KPI_DOCS_PATH, kpiDocsRoute } from './kpiDocsRoute';
import type { ServicesFactory } from './routeHandler';
import { assignRequestId } from './requestId';
import { routeHandler } from './routeHandler';
import { verifyRequest } from './verifyRequest';

const backendOptionsSchema = z
  .object({
    portalId: z.number().int().positive(),
    clientSecret: z.string().min(1).nullable(),
    publicBaseUrl: z.url({ protocol: /^https?$/ }).nullable().default(null),
    devMode: z.boolean().default(false),
  })
  .refine((o) => o.devMode || o.clientSecret !== null, {
    message: 'outside dev mode the backend needs the app client secret (HUBSPOT_CLIENT_SECRET) to check signed requests',
    path: ['clientSecret'],
  });

export interface BackendOptions {
  /** The one portal this backend serves; signed requests for any other get 403. */
  portalId: number;
  clientSecret: string | null;
  /** Deps for one verified viewer: the CRM port and the stores. */
  services: ServicesFactory;
  publicBaseUrl?: string | null;
  /** Accept a chosen demo user on unsigned requests. Only the local demo turns this on, explicitly. */
  devMode?: boolean;
  /** The clock for signature ages and for the handlers (read once per request by them). */
  now?: () => number;
  logger?: BackendLogger;
  /** The portal mirror's state for `GET /healthz` (absent: no mirror, every read is live). */
  syncStatus?: () => SyncStatus;
  /** Deals a HubSpot webhook named (absent: no mirror, webhooks are not taken). */
  onWebhookDeals?: (ids: string[]) => void;
  /** How long each route's work may take; its surface's budget (surfaceBudgetMs) unless given. */
  budgetMs?: (surface: Surface) => number;
}

/**
 * The backend the cards reach through `hubspot.fetch` (design.md "Data flow"): the
 * handlers behind signed routes (see BACKEND_ROUTES), `/healthz` unsigned for probes and
 * `/docs/kpis.md` unsigned for the cards' "How this was calculated" link, JSON
 * errors everywhere. Only /api carries data, so only /api is verified; bodies over 1 MB are
 * refused before anything reads them. Returns an app to `listen` or mount in another one.
 */
export function createBackend(options: BackendOptions): express.Express {
  const config = backendOptionsSchema.parse(options);
  const now = options.now ?? Date.now;
  const app = express();
  app.disable('x-powered-by');
  app.use(assignRequestId);
  app.get('/healthz', (_req, res) => {
    res.json(options.syncStatus === undefined ? { status: 'ok' } : { status: 'ok', sync: options.syncStatus() });
  });
  app.get(KPI_DOCS_PATH, kpiDocsRoute());
  if (options.onWebhookDeals !== undefined) {
    app.post('/webhooks/hubspot', ...webhookRoute({ portalId: config.portalId, clientSecret: config.clientSecret, publicBaseUrl: config.publicBaseUrl, now, onDeals: options.onWebhookDeals }));
  }
  app.use('/api', express.raw({ type: () => true, limit: BODY_LIMIT }), verifyRequest({ ...config, now }));
  const logger = options.logger ?? consoleLogger;
  const budgetOf = options.budgetMs ?? surfaceBudgetMs;
  for (const route of BACKEND_ROUTES) app[route.method](route.path, routeHandler(route.handler, options.services, now, logger, budgetOf(route.surface)));
  app.use(notFound);
  app.use(errorMiddleware(logger));
  return app;
}
