import express from 'express';
import { currentSettings } from '../handlers/currentSettings';
import type { BackendServices } from '../server/backendServices';
import type { PreviewSession } from './previewApi';
import { recordTypeSchema } from './previewApi';
import type { PreviewCrm } from './previewCrm';
import { previewPage } from './previewPage';
import { previewPeople } from './previewPeople';

export interface PreviewRouteDeps {
  services: BackendServices;
  crm: PreviewCrm;
  source: PreviewSession['source'];
  /** The bundled host script (bundlePreview). */
  script: string;
}

const RECORD_ID = /^\d{1,20}$/;
const PROPERTY_NAME = /^[a-z0-9_]{1,100}$/;

/**
 * The preview page and the few reads only the host makes (src/preview/previewApi.ts). The
 * extensions' own data goes to the backend's /api routes, as in HubSpot.
 */
export function previewRoutes(deps: PreviewRouteDeps): express.Router {
  const { services, crm } = deps;
  const router = express.Router();
  const wrap = (run: (req: express.Request, res: express.Response) => Promise<void>): express.RequestHandler => (req, res, next) => {
    run(req, res).catch(next);
  };
  router.get('/', (_req, res) => {
    res.type('html').send(previewPage());
  });
  router.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });
  router.get('/preview.js', (_req, res) => {
    res.type('application/javascript').set('Cache-Control', 'no-store').send(deps.script);
  });
  router.get('/preview/api/session', wrap(async (_req, res) => {
    const crm = services.services().crm;
    const [portal, roster, users, settings] = await Promise.all([
      crm.portal(),
      crm.roster(),
      services.gateway.users(),
      currentSettings(services.store.settings, services.portalId),
    ]);
    const session: PreviewSession = {
      portal: { id: services.portalId, timeZone: portal.timeZone, currency: portal.currency },
      source: deps.source,
      people: previewPeople(roster.owners, roster.teams, users, settings.settings),
    };
    res.json(session);
  }));
  router.get('/preview/api/records', wrap(async (req, res) => {
    const type = recordTypeSchema.safeParse(req.query.type);
    const ids = typeof req.query.ownerId === 'string' ? req.query.ownerId.split(',').filter((id) => RECORD_ID.test(id)) : [];
    const ownerId = ids.length === 0 ? null : ids;
    if (!type.success) return void res.status(400).json({ error: 'type must be deals, companies or contacts' });
    const [records, roster] = await Promise.all([crm.listRecords(type.data, ownerId, 25), services.gateway.owners()]);
    const names = new Map(roster.owners.map((o) => [o.id, o.name]));
    res.json({ records: records.map((r) => ({ ...r, ownerName: r.ownerId === null ? null : (names.get(r.ownerId) ?? null) })) });
  }));
  router.get('/preview/api/records/:type/:id', wrap(async (req, res) => {
    const type = recordTypeSchema.safeParse(req.params.type);
    const id = req.params.id ?? '';
    const names = String(req.query.properties ?? '').split(',').filter((n) => PROPERTY_NAME.test(n));
    if (!type.success || !RECORD_ID.test(id)) return void res.status(400).json({ error: 'unknown record type or id' });
    const properties = await crm.recordProperties(type.data, id, names);
    if (properties === null) return void res.status(404).json({ error: `no ${type.data} record ${id}` });
    res.json({ id, properties });
  }));
  router.get('/preview/api/tasks', wrap(async (_req, res) => {
    res.json({ tasks: await crm.recentTasks(50) });
  }));
  return router;
}
