/**
 * The one error type the gateway throws. Handlers turn each kind into a card error state
 * (design.md "Data flow"): `rate_limited` and `unavailable` are worth a "try again" button,
 * `unauthorized` means the app's token or scopes are wrong, `not_found` a record that is
 * gone, and `bad_request` a query HubSpot refused (a bug on our side, never retried). `deadline_exceeded`:
 * the surface's budget (src/crm requestBudget) ran out waiting for HubSpot or its rate limit;
 * never retried, since the caller has already given up.
 */
export type CrmErrorKind = 'rate_limited' | 'unavailable' | 'unauthorized' | 'not_found' | 'bad_request' | 'deadline_exceeded' | 'too_large';

export class CrmError extends Error {
  readonly kind: CrmErrorKind;
  /** HTTP status HubSpot answered with; 0 when no answer arrived (network failure). */
  readonly status: number;
  /** HubSpot's `correlationId` of the failed request, for support tickets; null when absent. */
  readonly correlationId: string | null;
  /** Milliseconds HubSpot asked us to wait (`Retry-After`); null when it did not say. */
  readonly retryAfterMs: number | null;

  constructor(init: { kind: CrmErrorKind; status: number; message: string; correlationId?: string | null; retryAfterMs?: number | null }) {
    super(init.message);
    this.name = 'CrmError';
    this.kind = init.kind;
    this.status = init.status;
    this.correlationId = init.correlationId ?? null;
    this.retryAfterMs = init.retryAfterMs ?? null;
  }
}

/** 429 is rate limiting; 401/403 a bad token or missing scope; 5xx and 0 HubSpot being down. */
export function kindOfStatus(status: number): CrmErrorKind {
  if (status === 429) return 'rate_limited';
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 0 || status >= 500) return 'unavailable';
  return 'bad_request';
}

/** Only these are worth another attempt: the same request may succeed a moment later. */
export const isRetryable = (error: CrmError): boolean => error.kind === 'rate_limited' || error.kind === 'unavailable';

/**
 * A create is tried again only when HubSpot refused it unread (429). HubSpot's CRM API takes no
 * idempotency key, and a 5xx or a dropped connection may come after the record was created, so
 * retrying those could create it twice; the caller's ledger resolves them instead.
 */
export const isRetryableCreate = (error: CrmError): boolean => error.kind === 'rate_limited';


/**
 * A read planned from HubSpot's own `total` that cannot finish within the request's budget at
 * the search limit: said at once, instead of after the budget has run out. `too_large` is
 * never retried: the same read is as large a moment later.
 */
export const tooLarge = (pagesLeft: number): CrmError =>
  new CrmError({ kind: 'too_large', status: 0, message: `this view reads ${pagesLeft} more pages of HubSpot search than fit in one request` });

/** What the limiter, the retries and the per-call timeout throw when the budget is spent. */
export const deadlineExceeded = (what: string): CrmError =>
  new CrmError({ kind: 'deadline_exceeded', status: 0, message: `HubSpot did not answer in time: ${what}` });
