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

interface Attempt {
  events: WebhookEvent[];
  attempt: number;
}

/**
 * Posts webhook events to the target URL the way HubSpot does: JSON arrays of at most 100
 * events, signed with `X-HubSpot-Signature-v3` over method, URL, body and the
 * `X-HubSpot-Request-Timestamp` (the same signing code the backend verifies with), no more
 * than `maxConcurrentRequests` at a time; a connection failure, a timeout or a status other
 * than a 2xx or a final refusal is tried again with the next `attemptNumber` after a
 * doubling wait, and dropped after the last retry. Nothing a receiver does can throw into
 * the emulator. Timestamps come from the emulator's clock, waits from the real one.
 */
export class WebhookDelivery {
  readonly stats: WebhookStats = { requests: 0, delivered: 0, dropped: 0 };
  private queue: WebhookEvent[] = [];
  private readonly ready: Attempt[] = [];
  private flushTimer: NodeJS.Timeout | null = null;
  private inFlight = 0;
  private waiting = 0;
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
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private flush(): void {
    this.flushTimer = null;
    while (this.queue.length > 0) this.ready.push({ events: this.queue.splice(0, MAX_EVENTS_PER_REQUEST), attempt: 0 });
    this.pump();
  }

  private pump(): void {
    while (this.inFlight < this.options.maxConcurrentRequests && this.ready.length > 0) {
      const next = this.ready.shift();
      if (next !== undefined) this.send(next);
    }
    if (!this.isIdle()) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }

  private send({ events, attempt }: Attempt): void {
    this.inFlight += 1;
    this.post(events, attempt)
      .catch(() => 'retry' as const)
      .then((outcome) => {
        this.inFlight -= 1;
        if (outcome === 'delivered') this.stats.delivered += events.length;
        else if (outcome === 'retry' && attempt < this.options.retries) this.retryLater({ events, attempt: attempt + 1 });
        else this.stats.dropped += events.length;
        this.pump();
      });
  }

  private retryLater(next: Attempt): void {
    this.waiting += 1;
    setTimeout(() => {
      this.waiting -= 1;
      this.ready.push(next);
      this.pump();
    }, this.options.retryDelayMs * 2 ** (next.attempt - 1)).unref();
  }

  private async post(events: readonly WebhookEvent[], attempt: number): Promise<'delivered' | 'retry' | 'refused'> {
    const body = JSON.stringify(events.map((event) => ({ ...event, attemptNumber: attempt })));
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

  private isIdle(): boolean {
    return this.queue.length === 0 && this.ready.length === 0 && this.inFlight === 0 && this.waiting === 0 && this.flushTimer === null;
  }
}
