import { CrmError, deadlineExceeded, isRetryable } from './crmError';
import { remainingMs } from './requestBudget';

/**
 * One retry policy for every HubSpot call (the SDK's own retries are switched off): a 429 or
 * 5xx is tried again up to `maxRetries` times, waiting what `Retry-After` asks when HubSpot
 * says, else an exponential back-off with jitter so that parallel callers do not retry in
 * lock-step. Any other failure, and the last one, is thrown (the transport has already made
 * HubSpot's answers CrmErrors).
 */
export interface RetryPolicy {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 5, baseDelayMs: 500, maxDelayMs: 16_000 };

export interface RetryDeps {
  sleep: (ms: number) => Promise<void>;
  /** Uniform in [0, 1). */
  random: () => number;
  policy?: RetryPolicy;
  /** A request budget's deadline (src/crm requestBudget): a retry whose wait would end past it is not waited for. */
  deadline?: number | null;
  /** Which failures are tried again; default isRetryable. */
  retryable?: (error: CrmError) => boolean;
  /** Told of every failure that will be retried (for request statistics and logs). */
  onRetry?: (error: CrmError, attempt: number, delayMs: number) => void;
}

/** Back-off before retry number `attempt` (1-based): half fixed, half random ("equal jitter"). */
export function backoffMs(attempt: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** The wait before the next attempt: HubSpot's Retry-After plus a little jitter, else the back-off. */
export function delayBeforeRetry(error: CrmError, attempt: number, policy: RetryPolicy, random: () => number): number {
  if (error.retryAfterMs !== null) return error.retryAfterMs + Math.round(policy.baseDelayMs * 0.2 * random());
  return backoffMs(attempt, policy, random);
}

export async function withRetries<T>(call: () => Promise<T>, deps: RetryDeps): Promise<T> {
  const policy = deps.policy ?? DEFAULT_RETRY_POLICY;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      // Anything but a CrmError is a bug of ours, not HubSpot's: never retried.
      if (!(error instanceof CrmError) || !(deps.retryable ?? isRetryable)(error) || attempt > policy.maxRetries) throw error;
      const delay = delayBeforeRetry(error, attempt, policy, deps.random);
      // A Retry-After of 30 s, or a back-off, that outlasts the caller's budget: say so now.
      if (delay > remainingMs({ deadline: deps.deadline ?? null })) throw deadlineExceeded(`${error.message} (a retry would end past the deadline)`);
      deps.onRetry?.(error, attempt, delay);
      await deps.sleep(delay);
    }
  }
}
