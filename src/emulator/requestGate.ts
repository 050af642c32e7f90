import type { HttpReply } from './httpReply';
import { correlationId, errorReply, reply } from './httpReply';
import type { RatePolicy, RateLimiter } from './rateLimiter';

/**
 * The checks HubSpot makes before any endpoint runs, in its order: a known bearer token
 * (401 INVALID_AUTHENTICATION), then the token's rate window (429 RATE_LIMIT), then — in
 * the emulator only — an injected 5xx. Passing returns the rate-limit headers to send.
 */
export interface GateConfig {
  tokens: ReadonlySet<string>;
  limiter: RateLimiter | null;
  faults: { rate: number; status: number };
  /** Injected: a share of requests never answered, and a share refused with a long Retry-After (emulatorOptions). */
  hang?: { rate: number };
  rateLimitStorm?: { rate: number; retryAfterSeconds: number };
  random: () => number;
  /** The share of 429 answers that carry Retry-After (HubSpot documents none, so clients must back off without it). */
  retryAfterShare: number;
  /** Draws for `retryAfterShare`, apart from `random` so that fault sequences do not shift. */
  retryAfterRandom: () => number;
}

/** `hang`: the request is never answered (injected only). */
export type GateResult = { passed: true; headers: Record<string, string> } | { passed: false; reply: HttpReply } | { passed: false; hang: true };

const AUTH_MESSAGE =
  'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview';

export function passGate(config: GateConfig, authorization: string | undefined, policy: RatePolicy, sendsHeaders: boolean): GateResult {
  const token = /^Bearer\s+(.+)$/i.exec(authorization ?? '')?.[1]?.trim();
  if (token === undefined || !config.tokens.has(token)) {
    return { passed: false, reply: errorReply(401, 'INVALID_AUTHENTICATION', AUTH_MESSAGE) };
  }
  let headers: Record<string, string> = {};
  if (config.limiter !== null) {
    const decision = config.limiter.take(token, policy);
    if (!decision.allowed) return { passed: false, reply: rateLimited(policy, sendsRetryAfter(config) ? decision.retryAfterMs : null, sendsHeaders) };
    if (sendsHeaders) headers = limitHeaders(policy, decision.remaining);
  }
  const injected = injectedOutage(config);
  if (injected !== null) return injected;
  if (config.faults.rate > 0 && config.random() < config.faults.rate) {
    const body = { status: 'error', message: 'internal error', correlationId: correlationId(), category: 'INTERNAL_ERROR' };
    return { passed: false, reply: reply(config.faults.status, body) };
  }
  return { passed: true, headers };
}

/** The injected hang or 429 storm for this request, if it falls on one; checked after the real rate window. */
function injectedOutage(config: GateConfig): GateResult | null {
  if (config.hang !== undefined && config.hang.rate > 0 && config.random() < config.hang.rate) return { passed: false, hang: true };
  const storm = config.rateLimitStorm;
  if (storm === undefined || storm.rate === 0 || config.random() >= storm.rate) return null;
  const body = { status: 'error', message: 'You have reached your ten_secondly_rolling limit.', errorType: 'RATE_LIMIT', correlationId: correlationId(), policyName: 'TEN_SECONDLY_ROLLING' };
  return { passed: false, reply: reply(429, body, { 'Retry-After': String(storm.retryAfterSeconds) }) };
}

function limitHeaders(policy: RatePolicy, remaining: number): Record<string, string> {
  return {
    'X-HubSpot-RateLimit-Max': String(policy.max),
    'X-HubSpot-RateLimit-Remaining': String(remaining),
    'X-HubSpot-RateLimit-Interval-Milliseconds': String(policy.intervalMs),
  };
}

function sendsRetryAfter(config: GateConfig): boolean {
  if (config.retryAfterShare >= 1) return true;
  if (config.retryAfterShare <= 0) return false;
  return config.retryAfterRandom() < config.retryAfterShare;
}

/**
 * HubSpot's 429 body (`status`, `message`, `errorType: RATE_LIMIT`, `correlationId`,
 * `policyName`). The secondly message is the exact text @hubspot/api-client's retry logic
 * looks for. Retry-After (seconds), when sent, tells the caller when the window frees up.
 */
function rateLimited(policy: RatePolicy, retryAfterMs: number | null, sendsHeaders: boolean): HttpReply {
  const message = policy.name === 'SECONDLY' ? 'You have reached your secondly limit.' : 'You have reached your ten_secondly_rolling limit.';
  const body = { status: 'error', message, errorType: 'RATE_LIMIT', correlationId: correlationId(), policyName: policy.name };
  const headers: Record<string, string> = retryAfterMs === null ? {} : { 'Retry-After': String(Math.ceil(retryAfterMs / 1000)) };
  if (sendsHeaders) Object.assign(headers, limitHeaders(policy, 0));
  return reply(429, body, headers);
}
