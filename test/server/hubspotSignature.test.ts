import fc from 'fast-check';
import { Signature } from '@hubspot/api-client';
import { MAX_SIGNATURE_AGE_MS, signatureV3, signedUri, verifySignatureV3 } from '../../src/server/hubspotSignature';

const SECRET = 'app-client-secret-123';
const NOW = Date.UTC(2026, 10, 23, 9, 0, 0);
const URL_ = 'https://kpi.example.com/api/v1/deal-kpis?portalId=20260001&userId=7001&userEmail=ann%40example.com&appId=42';
const BODY = '{"dealId":"1001"}';

/** The official SDK's v3 source string, with no URI decoding of its own: our independent reference. */
const sdkSignature = (method: string, url: string, body: string, timestamp: string) =>
  Signature.getSignature(method, 'v3', { clientSecret: SECRET, url, requestBody: body, timestamp: Number(timestamp) } as never);

describe('signedUri: only the escapes HubSpot lists are decoded', () => {
  it('decodes %40 in the appended userEmail, and the other listed escapes, in either case', () => {
    expect(signedUri(URL_)).toBe('https://kpi.example.com/api/v1/deal-kpis?portalId=20260001&userId=7001&userEmail=ann@example.com&appId=42');
    expect(signedUri('%3A%2F%3F%40%21%24%27%28%29%2A%2C%3B')).toBe(":/?@!$'()*,;");
    expect(signedUri('%3a%2f%2c')).toBe(':/,');
  });

  it('leaves every other escape as sent (%20, %26, %3D, %25)', () => {
    expect(signedUri('https://x.test/a?q=a%20b%26c%3Dd%25')).toBe('https://x.test/a?q=a%20b%26c%3Dd%25');
  });
});

describe('signatureV3', () => {
  it("equals the official SDK's v3 signature over the decoded URI", () => {
    const ts = String(NOW);
    expect(signatureV3(SECRET, { method: 'POST', url: URL_, body: BODY, timestamp: ts })).toBe(sdkSignature('POST', signedUri(URL_), BODY, ts));
  });

  it('agrees with the SDK on any URL without escapes, any body and timestamp', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('GET', 'POST', 'PUT'),
        fc.webUrl({ withQueryParameters: true }).filter((u) => !u.includes('%')),
        fc.string(),
        fc.integer({ min: 0, max: 4_000_000_000_000 }),
        (method, url, body, ts) => signatureV3(SECRET, { method, url, body, timestamp: String(ts) }) === sdkSignature(method, url, body, String(ts)),
      ),
      { numRuns: 50 },
    );
  });

  it('is a 44-character base64 string (HMAC-SHA256)', () => {
    expect(signatureV3(SECRET, { method: 'GET', url: URL_, body: '', timestamp: '1' })).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });
});

describe('verifySignatureV3', () => {
  const signed = (overrides: Partial<{ method: string; url: string; body: string; timestamp: string; secret: string }> = {}) => {
    const r = { method: 'POST', url: URL_, body: BODY, timestamp: String(NOW - 1000), secret: SECRET, ...overrides };
    return { method: 'POST', url: URL_, body: BODY, timestamp: r.timestamp, signature: signatureV3(r.secret, r) };
  };

  it('accepts a request HubSpot signed a second ago', () => {
    expect(verifySignatureV3(SECRET, signed(), NOW)).toEqual({ ok: true });
  });

  it('refuses a changed body, URL, method or a different secret', () => {
    const request = signed();
    expect(verifySignatureV3(SECRET, { ...request, body: '{"dealId":"1002"}' }, NOW).ok).toBe(false);
    expect(verifySignatureV3(SECRET, { ...request, url: URL_.replace('userId=7001', 'userId=7002') }, NOW).ok).toBe(false);
    expect(verifySignatureV3(SECRET, { ...request, method: 'PUT' }, NOW).ok).toBe(false);
    expect(verifySignatureV3(SECRET, signed({ secret: 'another-app' }), NOW).ok).toBe(false);
  });

  it('refuses a timestamp older than 5 minutes, and accepts one exactly 5 minutes old', () => {
    expect(verifySignatureV3(SECRET, signed({ timestamp: String(NOW - MAX_SIGNATURE_AGE_MS) }), NOW)).toEqual({ ok: true });
    const stale = verifySignatureV3(SECRET, signed({ timestamp: String(NOW - MAX_SIGNATURE_AGE_MS - 1) }), NOW);
    expect(stale).toEqual({ ok: false, reason: expect.stringContaining('5 minutes') });
  });

  it('refuses a timestamp more than 5 minutes ahead (a replay window stretched by a wrong clock)', () => {
    expect(verifySignatureV3(SECRET, signed({ timestamp: String(NOW + MAX_SIGNATURE_AGE_MS + 1) }), NOW).ok).toBe(false);
  });

  it('refuses a missing signature or a missing or non-numeric timestamp', () => {
    expect(verifySignatureV3(SECRET, { ...signed(), signature: undefined }, NOW).ok).toBe(false);
    expect(verifySignatureV3(SECRET, { ...signed(), timestamp: undefined }, NOW).ok).toBe(false);
    expect(verifySignatureV3(SECRET, { ...signed(), timestamp: '1.7e12' }, NOW).ok).toBe(false);
  });

  it('refuses any signature but the right one, whatever its length', () => {
    const right = signed().signature;
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }).filter((s) => s !== right && s !== ''), (forged) =>
        verifySignatureV3(SECRET, { ...signed(), signature: forged }, NOW).ok === false,
      ),
    );
  });
});
