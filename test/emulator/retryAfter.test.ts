import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/deals';
import { sdkErrorToCrmError } from '../../src/crm/sdkErrorToCrmError';
import { DEFAULT_RETRY_POLICY, withRetries } from '../../src/crm/withRetries';
import type { EmulatorOptions } from '../../src/emulator/emulatorOptions';
import type { Harness } from './fixtures';
import { failure, startHarness } from './fixtures';

let h: Harness;
let clock = 0;
const start = async (options: EmulatorOptions) => {
  clock = Date.UTC(2026, 3, 1, 9, 0);
  h = await startHarness(undefined, { now: () => clock, limits: { searchPerSecond: 1, generalPerTenSeconds: 1 }, ...options });
};
afterEach(() => h.server.close());

const search = () =>
  h.client.crm.deals.searchApi.doSearch({ filterGroups: [{ filters: [{ propertyName: 'hubspot_owner_id', operator: FilterOperatorEnum.Eq, value: '11' }] }], limit: 10 });

describe('429 answers without Retry-After', () => {
  it('with retryAfterShare 0, a search and a general 429 come with HubSpot\'s body but no Retry-After', async () => {
    await start({ retryAfterShare: 0 });
    await search();
    const searchRefusal = await failure(search());
    expect(searchRefusal.code).toBe(429);
    expect(searchRefusal.body).toMatchObject({ errorType: 'RATE_LIMIT', policyName: 'SECONDLY', message: 'You have reached your secondly limit.' });
    expect(searchRefusal.headers['retry-after']).toBeUndefined();
    await h.client.crm.deals.basicApi.getById('101');
    const readRefusal = await failure(h.client.crm.deals.basicApi.getById('101'));
    expect(readRefusal.code).toBe(429);
    expect(readRefusal.headers['retry-after']).toBeUndefined();
    expect(readRefusal.headers['x-hubspot-ratelimit-remaining']).toBe('0');
  });

  it('by default every 429 says when to come back', async () => {
    await start({});
    await search();
    const refusal = await failure(search());
    expect(refusal.headers['retry-after']).toBe('1');
  });

  it('with a share, some 429s carry Retry-After and some do not, the same ones in every run with the same seed', async () => {
    const pattern = async (): Promise<boolean[]> => {
      await start({ retryAfterShare: 0.5, random: 7 });
      await search();
      const seen: boolean[] = [];
      for (let i = 0; i < 30; i++) seen.push((await failure(search())).headers['retry-after'] !== undefined);
      await h.server.close();
      return seen;
    };
    const first = await pattern();
    expect(first.filter(Boolean).length).toBeGreaterThan(5);
    expect(first.filter((has) => !has).length).toBeGreaterThan(5);
    expect(await pattern()).toEqual(first);
    await start({});
  });

  it('the gateway\'s retry policy backs off on its own when no Retry-After comes, and gets through', async () => {
    await start({ retryAfterShare: 0 });
    await search();
    const waits: number[] = [];
    const sleep = async (ms: number) => {
      waits.push(ms);
      clock += ms;
    };
    const call = async () => {
      try {
        return await search();
      } catch (error) {
        throw sdkErrorToCrmError(error, clock);
      }
    };
    const page = await withRetries(call, { sleep, random: () => 0.5 });
    expect(page.total).toBe(3);
    expect(waits).toEqual([Math.round(DEFAULT_RETRY_POLICY.baseDelayMs * 0.75), DEFAULT_RETRY_POLICY.baseDelayMs * 2 * 0.75]);
  });
});
