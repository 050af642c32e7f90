import type { Request, RequestHandler, Response } from 'express';
import type { Viewer } from '../handlers/contracts/common';
import { verifySignatureV3 } from './hubspotSignature';
import { sendError } from './sendError';
import { viewerFromSignedUrl } from './signedViewer';

export interface VerificationConfig {
  /** The one portal this backend serves (its token's portal, checked at start). */
  portalId: number;
  /** The app's client secret; null only in dev mode, where unsigned demo requests are all there is. */
  clientSecret: string | null;
  /** The public URL the backend is reached at behind a proxy (PUBLIC_BASE_URL); null: the request's own host. */
  publicBaseUrl: string | null;
  devMode: boolean;
  now: () => number;
}

/** What the middleware leaves for the route: the verified viewer and the raw body text it checked. */
export interface VerifiedLocals {
  viewer: Viewer;
  bodyText: string;
}

export const SIGNATURE_HEADER = 'x-hubspot-signature-v3';
export const TIMESTAMP_HEADER = 'x-hubspot-request-timestamp';
export const DEMO_USER_HEADER = 'x-demo-user-id';

/**
 * Every /api request: a valid X-HubSpot-Signature-v3 over the URL HubSpot called, the
 * raw body and the timestamp, then the viewer from the signed query, then the portal check
 * (another portal → 403). In dev mode, and only there, a request without a signature may
 * name a demo user instead (X-Demo-User-Id or ?demoUserId=) in the backend's own portal.
 * Runs after the raw body parser, so `req.body` is the exact bytes HubSpot signed.
 */
export function verifyRequest(config: VerificationConfig): RequestHandler {
  return (req, res, next) => {
    const bodyText = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    const signed = req.get(SIGNATURE_HEADER) !== undefined;
    const viewer = config.devMode && !signed ? demoViewer(req, res, config) : signedViewer(req, res, config, bodyText);
    if (viewer === null) return;
    const locals: VerifiedLocals = { viewer, bodyText };
    res.locals.verified = locals;
    next();
  };
}

function signedViewer(req: Request, res: Response, config: VerificationConfig, body: string): Viewer | null {
  if (config.clientSecret === null) {
    sendError(res, { code: 'unauthorized', message: 'this backend has no client secret, so it cannot check signed requests' });
    return null;
  }
  const url = signedUrlOf(req, config.publicBaseUrl);
  const check = verifySignatureV3(
    config.clientSecret,
    { method: req.method, url, body, signature: req.get(SIGNATURE_HEADER), timestamp: req.get(TIMESTAMP_HEADER) },
    config.now(),
  );
  if (!check.ok) {
    sendError(res, { code: 'unauthorized', message: `the request is not signed by HubSpot: ${check.reason}` });
    return null;
  }
  const viewer = viewerFromSignedUrl(url);
  if (!viewer.ok) {
    sendError(res, { code: 'unauthorized', message: viewer.error });
    return null;
  }
  if (viewer.value.portalId !== config.portalId) {
    sendError(res, { code: 'forbidden', message: `this backend serves portal ${config.portalId}, not ${viewer.value.portalId}` });
    return null;
  }
  return viewer.value;
}

function demoViewer(req: Request, res: Response, config: VerificationConfig): Viewer | null {
  const fromQuery = typeof req.query.demoUserId === 'string' ? req.query.demoUserId : undefined;
  const chosen = req.get(DEMO_USER_HEADER) ?? fromQuery;
  if (chosen === undefined || !/^\d{1,15}$/.test(chosen)) {
    sendError(res, { code: 'unauthorized', message: 'dev mode: choose a demo user with the X-Demo-User-Id header or ?demoUserId=' });
    return null;
  }
  return { portalId: config.portalId, userId: Number(chosen), email: null, locale: 'en-US' };
}

/**
 * The URL HubSpot signed. Behind a proxy the host and scheme the backend sees are not the
 * ones HubSpot called, so PUBLIC_BASE_URL (the public URL of the backend's root, e.g.
 * https://kpi.example.com) replaces them; the path and query are taken as received.
 */
export function signedUrlOf(req: Request, publicBaseUrl: string | null): string {
  const base = publicBaseUrl === null ? `${req.protocol}://${req.get('host') ?? 'localhost'}` : publicBaseUrl.replace(/\/+$/, '');
  return `${base}${req.originalUrl}`;
}
