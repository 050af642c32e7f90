import { signatureV3 } from '../server/hubspotSignature';
import type { WebhookEvent } from './webhookEvents';
import type { WebhookOptions } from './webhookOptions';

/** HubSpot sends at most this many events in one webhook request. */
export const MAX_EVENTS_PER_REQUEST = 100;

/** Statuses after which HubSpot does not try a delivery again (webhooks guide, Retries). */
const FINAL_REFUSALS = new Set([400, 401, 403, 404, 405]);

export interface WebhookStats {
  /** Requests made, retries included. */
  requests: number;
  /** Events a 2xx acknowledged. */
  delivered: number;
  /** Events given up on after the last retry or a final refusal. */
  dropped: number;
}

/**
 * Posts webhook events to the target URL the way HubSpot does: JSON arrays of at most 100
 * events, signed with `X-HubSpot-Signature-v3` over method, URL, body and the
 * `X-HubSpot-Request-Timestamp` (the same signing code the backend verifies with); a
 * connection failure, a timeout or a status other than a 2xx or a final refusal is tried
 * again with the next `attemptNumber` after a doubling wait, and dropped after the last
 * retry. Nothing a receiver does can throw into the emulator. Timestamps come from the
 * emulator's clock, waits from the real one.
 */
export class WebhookDelivery {
  readonly stats: WebhookStats = { requests: 0, delivered: 0, dropped: 0 };
  private queue: WebhookEvent[] = [];
  private flushTimer: NodeJS.Timeout | null = null;
  private busy = 0;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly options: WebhookOptions,
    private readonly now: () => number,
  ) {}

  enqueue(events: readonly WebhookEvent[]): void {
    if (events.length === 0) return;
    this.queue.push(...events);
    if (this.flushTimer === null) {
      this.flushTimer = setTimeout(() => this.flush(), this.options.batchDelayMs);
      this.flushTimer.unref();
    }
  }

  /** Resolves once every queued event has been delivered or dropped. */
  idle(): Promise<void> {
    if (this.queue.length === 0 && this.busy === 0 && this.flushTimer === null) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private flush(): void {
    this.flushTimer = null;
    while (this.queue.length > 0) this.send(this.queue.splice(0, MAX_EVENTS_PER_REQUEST), 0);
    this.settle();
  }

  private send(batch: WebhookEvent[], attempt: number): void {
    this.busy += 1;
    this.post(batch, attempt)
      .then((outcome) => {
        if (outcome === 'delivered') this.stats.delivered += batch.length;
        else if (outcome === 'retry' && attempt < this.options.retries) return this.later(batch, attempt + 1);
        else this.stats.dropped += batch.length;
        return undefined;
      })
      .catch(() => {
        this.stats.dropped += batch.length;
      })
      .finally(() => {
        this.busy -= 1;
        this.settle();
      });
  }

  private later(batch: WebhookEvent[], attempt: number): Promise<void> {
    const wait = this.options.retryDelayMs * 2 ** (attempt - 1);
    return new Promise((resolve) => {
      setTimeout(() => {
        this.send(batch, attempt);
        resolve();
      }, wait).unref();
    });
  }

  private async post(batch: readonly WebhookEvent[], attempt: number): Promise<'delivered' | 'retry' | 'refused'> {
    const body = JSON.stringify(batch.map((event) => ({ ...event, attemptNumber: attempt })));
    const timestamp = String(this.now());
    const signature = signatureV3(this.options.clientSecret, { method: 'POST', url: this.options.url, body, timestamp });
    this.stats.requests += 1;
    try {
      const response = await fetch(this.options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'X-HubSpot-Signature-v3': signature, 'X-HubSpot-Request-Timestamp': timestamp },
        body,
        signal: AbortSignal.timeout(this.options.timeoutMs),
      });
      await response.arrayBuffer().catch(() => undefined);
      if (response.status >= 200 && response.status < 300) return 'delivered';
      return FINAL_REFUSALS.has(response.status) ? 'refused' : 'retry';
    } catch {
      return 'retry';
    }
  }

  private settle(): void {
    if (this.queue.length > 0 || this.busy > 0 || this.flushTimer !== null) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
