import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/deals';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { failure, manyDealsSnapshot, sdkClient, startHarness } from './fixtures';

const ownerFilter = (owner: string) => ({ propertyName: 'hubspot_owner_id', operator: FilterOperatorEnum.Eq, value: owner });

describe('authentication', () => {
  it('answers 401 in HubSpot shape without a token or with an unknown one', async () => {
    const h = await startHarness(undefined, { tokens: ['secret-1'] });
    try {
      const wrong = await failure(sdkClient(h.server.url, 'nope').crm.deals.basicApi.getById('101'));
      expect(wrong.code).toBe(401);
      expect(wrong.body).toMatchObject({ category: 'INVALID_AUTHENTICATION', correlationId: expect.any(String) });
      const raw = await fetch(`${h.server.url}/crm/v3/objects/deals/101`);
      expect(raw.status).toBe(401);
      expect(await raw.json()).toMatchObject({ status: 'error', category: 'INVALID_AUTHENTICATION', message: expect.stringContaining('Authentication credentials not found') });
      const right = await sdkClient(h.server.url, 'secret-1').crm.deals.basicApi.getById('101');
      expect(right.id).toBe('101');
    } finally {
      await h.server.close();
    }
  });
});

describe('search limits answered with 400 VALIDATION_ERROR', () => {
  const search = (body: unknown) => async (url: string) =>
    fetch(`${url}/crm/v3/objects/deals/search`, { method: 'POST', headers: { authorization: `Bearer ${DEMO_TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const groups = (count: number, perGroup: number) =>
    Array.from({ length: count }, () => ({ filters: Array.from({ length: perGroup }, () => ownerFilter('11')) }));

  it.each([
    ['6 filter groups', { filterGroups: groups(6, 1) }],
    ['7 filters in one group', { filterGroups: groups(1, 7) }],
    ['19 filters in all', { filterGroups: [...groups(3, 6), ...groups(1, 1)] }],
    ['a page of 201', { limit: 201 }],
    ['two sorts', { sorts: ['amount', 'closedate'] }],
    ['a body over 3,000 characters', { filterGroups: [{ filters: [{ propertyName: 'dealname', operator: 'EQ', value: 'x'.repeat(3000) }] }] }],
    ['an unreadable date', { filterGroups: [{ filters: [{ propertyName: 'closedate', operator: 'GT', value: 'last week' }] }] }],
    ['an unknown operator', { filterGroups: [{ filters: [{ propertyName: 'amount', operator: 'ABOUT', value: '1' }] }] }],
  ])('refuses %s', async (_label, body) => {
    const h = await startHarness(undefined, { limits: false });
    try {
      const response = await search(body)(h.server.url);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ status: 'error', category: 'VALIDATION_ERROR' });
    } finally {
      await h.server.close();
    }
  });

  it('accepts exactly 5 groups, 6 per group and 18 in all', async () => {
    const h = await startHarness(undefined, { limits: false });
    try {
      const response = await search({ filterGroups: groups(3, 6) })(h.server.url);
      expect(response.status).toBe(200);
      expect((await search({ filterGroups: groups(5, 1) })(h.server.url)).status).toBe(200);
    } finally {
      await h.server.close();
    }
  });
});

describe('the 10,000-result cap', () => {
  it('pages up to the 10,000th result and answers 400 past it, through the SDK', async () => {
    const h = await startHarness(manyDealsSnapshot(10_050, 1), { limits: false });
    try {
      const request = { filterGroups: [{ filters: [ownerFilter('1000')] }], properties: ['amount'], sorts: [], limit: 200 };
      const last = await h.client.crm.deals.searchApi.doSearch({ ...request, after: '9800' });
      expect(last.total).toBe(10_050);
      expect(last.results).toHaveLength(200);
      expect(last.paging?.next?.after).toBe('10000');
      const past = await failure(h.client.crm.deals.searchApi.doSearch({ ...request, after: last.paging?.next?.after ?? '' }));
      expect(past.code).toBe(400);
      expect(past.body).toMatchObject({ category: 'VALIDATION_ERROR' });
    } finally {
      await h.server.close();
    }
  });
});

describe('rate limits', () => {
  it('allows 5 searches a second per token, then 429 with the SECONDLY policy; the next second is free again', async () => {
    let clock = Date.UTC(2026, 2, 1);
    const h = await startHarness(undefined, { now: () => clock });
    try {
      const body = JSON.stringify({ filterGroups: [] });
      const post = () => fetch(`${h.server.url}/crm/v3/objects/deals/search`, { method: 'POST', headers: { authorization: `Bearer ${DEMO_TOKEN}`, 'content-type': 'application/json' }, body });
      for (let i = 0; i < 5; i += 1) expect((await post()).status).toBe(200);
      const refused = await post();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('1');
      expect(await refused.json()).toEqual({
        status: 'error',
        message: 'You have reached your secondly limit.',
        errorType: 'RATE_LIMIT',
        correlationId: expect.any(String),
        policyName: 'SECONDLY',
      });
      const viaSdk = await failure(h.client.crm.deals.searchApi.doSearch({ filterGroups: [] } as never));
      expect(viaSdk.code).toBe(429);
      clock += 1000;
      expect((await post()).status).toBe(200);
    } finally {
      await h.server.close();
    }
  });

  it('allows 190 other requests per rolling 10 s with X-HubSpot-RateLimit headers, then TEN_SECONDLY_ROLLING', async () => {
    let clock = Date.UTC(2026, 2, 1);
    const h = await startHarness(undefined, { now: () => clock });
    try {
      const get = () => fetch(`${h.server.url}/crm/v3/pipelines/deals`, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
      const first = await get();
      expect(first.headers.get('x-hubspot-ratelimit-max')).toBe('190');
      expect(first.headers.get('x-hubspot-ratelimit-remaining')).toBe('189');
      expect(first.headers.get('x-hubspot-ratelimit-interval-milliseconds')).toBe('10000');
      for (let i = 1; i < 190; i += 1) {
        clock += 10;
        expect((await get()).status).toBe(200);
      }
      const refused = await get();
      expect(refused.status).toBe(429);
      expect(refused.headers.get('x-hubspot-ratelimit-remaining')).toBe('0');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await refused.json()).toMatchObject({ errorType: 'RATE_LIMIT', policyName: 'TEN_SECONDLY_ROLLING' });
      const otherToken = await fetch(`${h.server.url}/crm/v3/pipelines/deals`, { headers: { authorization: 'Bearer someone-else' } });
      expect(otherToken.status).toBe(401);
      clock += 10_000 - 1890 + 1;
      expect((await get()).status).toBe(200);
    } finally {
      await h.server.close();
    }
  });

  it('counts each token separately and can be turned off', async () => {
    const clock = Date.UTC(2026, 2, 1);
    const h = await startHarness(undefined, { now: () => clock, tokens: ['a', 'b'], limits: { searchPerSecond: 1, generalPerTenSeconds: 190 } });
    try {
      const search = (token: string) => sdkClient(h.server.url, token).crm.deals.searchApi.doSearch({ filterGroups: [] } as never);
      await search('a');
      await search('b');
      expect((await failure(search('a'))).code).toBe(429);
    } finally {
      await h.server.close();
    }
    const open = await startHarness(undefined, { now: () => clock, limits: false });
    try {
      for (let i = 0; i < 8; i += 1) await open.client.crm.deals.searchApi.doSearch({ filterGroups: [] } as never);
      expect(open.emulator.stats.byRoute['POST /crm/v3/objects/{objectType}/search']).toBe(8);
    } finally {
      await open.server.close();
    }
  });
});

describe('injected faults', () => {
  it('answers the configured 5xx on the seeded share of requests, the same ones every run', async () => {
    const run = async (): Promise<number[]> => {
      const h = await startHarness(undefined, { limits: false, faults: { rate: 0.3, status: 503 }, random: 42 });
      try {
        const statuses: number[] = [];
        for (let i = 0; i < 40; i += 1) {
          const response = await fetch(`${h.server.url}/crm/v3/objects/deals/101`, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
          statuses.push(response.status);
        }
        return statuses;
      } finally {
        await h.server.close();
      }
    };
    const first = await run();
    expect(new Set(first)).toEqual(new Set([200, 503]));
    const faults = first.filter((s) => s === 503).length;
    expect(faults).toBeGreaterThan(4);
    expect(faults).toBeLessThan(24);
    expect(await run()).toEqual(first);
  });

  it('surfaces as an SDK error with the status', async () => {
    const h = await startHarness(undefined, { limits: false, faults: { rate: 1, status: 502 } });
    try {
      expect((await failure(h.client.crm.deals.basicApi.getById('101'))).code).toBe(502);
    } finally {
      await h.server.close();
    }
  });
});

describe('unknown routes and types', () => {
  it('answers 400 for an object type HubSpot cannot infer and 404 for an unknown path', async () => {
    const h = await startHarness(undefined, { limits: false });
    try {
      const unknown = await failure(h.client.crm.objects.basicApi.getById('widgets', '1'));
      expect(unknown.code).toBe(400);
      expect(unknown.body).toMatchObject({ message: 'Unable to infer object type from: widgets' });
      const path = await fetch(`${h.server.url}/crm/v3/nothing/here`, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
      expect(path.status).toBe(404);
    } finally {
      await h.server.close();
    }
  });
});
