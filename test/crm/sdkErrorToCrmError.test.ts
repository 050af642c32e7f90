import { isRetryable } from '../../src/crm/crmError';
import { sdkErrorToCrmError } from '../../src/crm/sdkErrorToCrmError';

/** The shape of @hubspot/api-client's ApiException (one class per generated module). */
const apiException = (code: number, body: unknown, headers: Record<string, string> = {}) => Object.assign(new Error(`HTTP-Code: ${code}`), { code, body, headers });

describe('sdkErrorToCrmError', () => {
  it('reads a 429 with HubSpot\'s body and Retry-After in seconds', () => {
    const e = sdkErrorToCrmError(apiException(429, { status: 'error', message: 'You have reached your secondly limit.', correlationId: 'abc-1' }, { 'retry-after': '2' }), 0);
    expect(e).toMatchObject({ kind: 'rate_limited', status: 429, correlationId: 'abc-1', retryAfterMs: 2000, message: 'You have reached your secondly limit.' });
  });

  it('reads Retry-After given as an HTTP date', () => {
    const now = Date.parse('2026-11-23T10:00:00Z');
    const e = sdkErrorToCrmError(apiException(503, 'Service Unavailable', { 'Retry-After': 'Mon, 23 Nov 2026 10:00:05 GMT' }), now);
    expect(e).toMatchObject({ kind: 'unavailable', status: 503, retryAfterMs: 5000, correlationId: null });
  });

  it.each([
    [401, 'unauthorized'],
    [403, 'unauthorized'],
    [404, 'not_found'],
    [400, 'bad_request'],
    [409, 'bad_request'],
    [500, 'unavailable'],
    [502, 'unavailable'],
    [414, 'bad_request'],
    [431, 'bad_request'],
    [0, 'unavailable'],
  ])('maps HTTP %i to %s', (status, kind) => {
    expect(sdkErrorToCrmError(apiException(status, {}), 0)).toMatchObject({ kind, status });
  });

  it.each([414, 431, 400])('never retries a request HubSpot refused for its own shape (HTTP %i): it cannot succeed', (status) => {
    expect(isRetryable(sdkErrorToCrmError(apiException(status, '<html>Request-URI Too Large</html>'), 0))).toBe(false);
  });

  it('treats a failed connection as HubSpot being unavailable (status 0)', () => {
    const refused = Object.assign(new Error('request to http://127.0.0.1:1/crm failed'), { code: 'ECONNREFUSED', type: 'system' });
    expect(sdkErrorToCrmError(refused, 0)).toMatchObject({ kind: 'unavailable', status: 0 });
  });
});
