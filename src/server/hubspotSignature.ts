import { createHmac, timingSafeEqual } from 'node:crypto';

/** HubSpot: "Reject the request if the timestamp is older than 5 minutes" (request validation, v3). */
export const MAX_SIGNATURE_AGE_MS = 5 * 60_000;

/**
 * The only escapes HubSpot's v3 instructions decode in the request URI before signing: %3A : ,
 * %2F / , %3F ? , %40 @ , %21 ! , %24 $ , %27 ' , %28 ( , %29 ) , %2A * , %2C , and %3B ;.
 * Every other escape (%20, %26, %3D …) stays as sent, so a blanket decodeURIComponent would
 * produce a different string than HubSpot signed. Hex digits are matched in either case, as
 * percent-encoding is case-insensitive (RFC 3986 §2.1).
 */
const DECODED: Readonly<Record<string, string>> = {
  '%3A': ':',
  '%2F': '/',
  '%3F': '?',
  '%40': '@',
  '%21': '!',
  '%24': '$',
  '%27': "'",
  '%28': '(',
  '%29': ')',
  '%2A': '*',
  '%2C': ',',
  '%3B': ';',
};

export function signedUri(url: string): string {
  return url.replace(/%(3A|2F|3F|40|21|24|27|28|29|2A|2C|3B)/gi, (escape) => DECODED[escape.toUpperCase()] ?? escape);
}

export interface SignedRequest {
  method: string;
  /** The full URL HubSpot called: scheme, host, path and query, as sent. */
  url: string;
  /** The raw body text ('' for none), never a re-serialised parse. */
  body: string;
  /** X-HubSpot-Request-Timestamp exactly as sent (epoch ms). */
  timestamp: string;
}

/** X-HubSpot-Signature-v3: base64 HMAC-SHA256, keyed by the app's client secret, over method + URI + body + timestamp. */
export function signatureV3(clientSecret: string, request: SignedRequest): string {
  const source = `${request.method.toUpperCase()}${signedUri(request.url)}${request.body}${request.timestamp}`;
  return createHmac('sha256', clientSecret).update(source, 'utf8').digest('base64');
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/**
 * Checks a request against its v3 signature at `now`. A timestamp more than 5 minutes in the
 * past is stale (HubSpot's rule); one more than 5 minutes in the future is refused too, since
 * a clock that far ahead would otherwise let a captured request be replayed for longer.
 * The comparison is constant-time over equal-length digests.
 */
export function verifySignatureV3(
  clientSecret: string,
  request: Omit<SignedRequest, 'timestamp'> & { timestamp: string | undefined; signature: string | undefined },
  now: number,
): SignatureCheck {
  const { signature, timestamp } = request;
  if (signature === undefined || signature === '') return { ok: false, reason: 'the X-HubSpot-Signature-v3 header is missing' };
  if (timestamp === undefined || !/^\d{1,16}$/.test(timestamp)) return { ok: false, reason: 'the X-HubSpot-Request-Timestamp header is missing or not a number' };
  if (Math.abs(now - Number(timestamp)) > MAX_SIGNATURE_AGE_MS) return { ok: false, reason: 'the request timestamp is more than 5 minutes away from now' };
  const expected = Buffer.from(signatureV3(clientSecret, { ...request, timestamp }), 'utf8');
  const given = Buffer.from(signature, 'utf8');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'the signature does not match' };
  return { ok: true };
}
