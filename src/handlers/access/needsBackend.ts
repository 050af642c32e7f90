import type { HandlerError } from '../contracts/common';

/**
 * The refusal a claimed identity gets for anything beyond its own numbers (design.md "Two
 * deployments"): the user was named by the card, not by HubSpot, so other people's quotas,
 * attainment and commission, team views and the settings are served only where HubSpot signs
 * who is asking, the backend's hubspot.fetch routes. The card shows it as its own state.
 */
export function needsBackend(what: string): { ok: false; error: HandlerError } {
  return {
    ok: false,
    error: { code: 'needs_backend', reason: 'claimed_identity', message: `${what} need the KPI backend, which knows for certain who is signed in; without it everyone sees only their own numbers` },
  };
}
