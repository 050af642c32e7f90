import fc from 'fast-check';
import { CrmError } from '../../src/crm/crmError';
import { backoffMs, DEFAULT_RETRY_POLICY, withRetries } from '../../src/crm/withRetries';
import { fakeTime } from './fakeTransport';

const tooMany = (retryAfterMs: number | null = null) =>
  new CrmError({ kind: 'rate_limited', status: 429, message: 'You have reached your secondly limit.', correlationId: 'c-429', retryAfterMs });
const badGateway = () => new CrmError({ kind: 'unavailable', status: 502, message: 'bad gateway', correlationId: 'c-502' });

/** A call that fails with the given errors first, then answers 'ok'. */
function flaky(...errors: Error[]) {
  let calls = 0;
  const call = async (): Promise<string> => {
    const e = errors[calls++];
    if (e) throw e;
    return 'ok';
  };
  return { call, calls: () => calls };
}

describe('withRetries', () => {
  it('waits what Retry-After asks (2 s) before trying a 429 again', async () => {
    const time = fakeTime();
    const f = flaky(tooMany(2000));
    await expect(withRetries(f.call, { sleep: time.sleep, random: () => 0.5 })).resolves.toBe('ok');
    expect(f.calls()).toBe(2);
    expect(time.slept[0]).toBeGreaterThanOrEqual(2000);
    expect(time.slept[0]).toBeLessThan(2200);
  });

  it('backs off exponentially on 5xx: 0.5 s, 1 s, 2 s ceilings, each with jitter', async () => {
    const time = fakeTime();
    const f = flaky(badGateway(), badGateway(), badGateway());
    await expect(withRetries(f.call, { sleep: time.sleep, random: () => 0.5 })).resolves.toBe('ok');
    expect(time.slept).toEqual([375, 750, 1500]);
  });

  it('gives up after the last retry with a typed CrmError naming the status and correlation id', async () => {
    const time = fakeTime();
    const f = flaky(...Array.from({ length: 10 }, () => tooMany()));
    const failure = withRetries(f.call, { sleep: time.sleep, random: () => 0, policy: { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 1000 } });
    await expect(failure).rejects.toMatchObject({ kind: 'rate_limited', status: 429, correlationId: 'c-429' });
    expect(f.calls()).toBe(4);
  });

  it('does not retry a bad request, a missing record or a bad token', async () => {
    for (const [kind, status] of [['bad_request', 400], ['not_found', 404], ['unauthorized', 401]] as const) {
      const f = flaky(new CrmError({ kind, status, message: 'no' }));
      await expect(withRetries(f.call, { sleep: fakeTime().sleep, random: Math.random })).rejects.toMatchObject({ kind, status });
      expect(f.calls()).toBe(1);
    }
  });

  it('does not retry our own bugs (errors that are not CrmErrors)', async () => {
    const f = flaky(new TypeError('x is undefined'));
    await expect(withRetries(f.call, { sleep: fakeTime().sleep, random: Math.random })).rejects.toBeInstanceOf(TypeError);
    expect(f.calls()).toBe(1);
  });

  it('keeps every back-off between half and all of its capped exponential ceiling (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const ceiling = Math.min(DEFAULT_RETRY_POLICY.maxDelayMs, DEFAULT_RETRY_POLICY.baseDelayMs * 2 ** (attempt - 1));
        const d = backoffMs(attempt, DEFAULT_RETRY_POLICY, () => r);
        expect(d).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
        expect(d).toBeLessThanOrEqual(ceiling);
      }),
    );
  });
});
