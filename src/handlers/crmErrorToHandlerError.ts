import { CrmError } from '../crm/crmError';
import { isApiException, sdkErrorToCrmError } from '../crm/sdkErrorToCrmError';
import { MirrorNotReadyError } from '../crm/mirrorNotReadyError';
import { CorruptRecordError } from '../store/corruptRecordError';
import type { HandlerError } from './contracts/common';

/**
 * The card error state for a failure thrown below a handler (a CrmError becomes
 * rate_limited / crm_unavailable / not_found). A token HubSpot refuses is the app's problem,
 * not the viewer's, so it reads as "HubSpot unavailable" rather than "unauthorized"; a query
 * HubSpot refused is our bug (internal). Anything else is internal, with no stack or detail
 * that could leak through the runtime.
 */
export function crmErrorToHandlerError(error: unknown): HandlerError {
  if (error instanceof CrmError) {
    switch (error.kind) {
      case 'rate_limited':
        return { code: 'rate_limited', message: 'HubSpot is rate limiting this portal; try again in a few seconds' };
      case 'unavailable':
        return { code: 'crm_unavailable', message: 'HubSpot did not answer; try again shortly' };
      case 'too_large':
        return { code: 'needs_backend', reason: 'portal_size', message: 'this view reads more of HubSpot than a live request can in time; it needs the app\'s backend for a portal of this size' };
      case 'deadline_exceeded':
        return { code: 'crm_unavailable', message: 'HubSpot is answering too slowly right now; try again in a moment' };
      case 'unauthorized':
        return { code: 'crm_unavailable', message: "HubSpot refused the app's access token or scopes; ask an admin to reinstall the app" };
      case 'not_found':
        return { code: 'not_found', message: 'the HubSpot record was not found' };
      case 'bad_request':
        return { code: 'internal', message: 'HubSpot refused a query the app made' };
    }
  }
  if (error instanceof MirrorNotReadyError) return { code: 'preparing', message: error.message, progress: error.progress };
  // HubSpot's answer reached through the SDK directly (the in-portal stores): the same states.
  // (The instant only dates a Retry-After, which no card state carries.)
  if (isApiException(error)) return crmErrorToHandlerError(sdkErrorToCrmError(error, 0));
  if (error instanceof CorruptRecordError) return { code: 'internal', message: error.message };
  return { code: 'internal', message: 'something went wrong while computing this card' };
}
