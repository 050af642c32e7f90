import fc from 'fast-check';
import { FilterOperatorEnum } from '@hubspot/api-client/lib/codegen/crm/deals';
import type { Harness } from './fixtures';
import { failure, startHarness } from './fixtures';

let h: Harness;
beforeAll(async () => {
  h = await startHarness(undefined, { limits: false });
});
afterAll(() => h.server.close());

const names = async (operator: FilterOperatorEnum, value: string): Promise<string[]> => {
  const page = await h.client.crm.deals.searchApi.doSearch({ filterGroups: [{ filters: [{ propertyName: 'dealname', operator, value }] }], properties: ['dealname'], limit: 100 });
  return page.results.map((d) => d.properties.dealname ?? '');
};

describe('CONTAINS_TOKEN / NOT_CONTAINS_TOKEN', () => {
  it('matches whole words without regard to case', async () => {
    expect(await names(FilterOperatorEnum.ContainsToken, 'renewal')).toEqual(['Acme renewal']);
    expect(await names(FilterOperatorEnum.ContainsToken, 'RENEWAL')).toEqual(['Acme renewal']);
    expect(await names(FilterOperatorEnum.ContainsToken, 'renew')).toEqual([]);
  });

  it('lets * complete a partial token at either end', async () => {
    expect(await names(FilterOperatorEnum.ContainsToken, 'renew*')).toEqual(['Acme renewal']);
    expect(await names(FilterOperatorEnum.ContainsToken, '*tech')).toEqual(['Initech pilot']);
    expect(await names(FilterOperatorEnum.ContainsToken, 'u*e*')).toEqual(['Umbrella expansion', 'Stark upgrade']);
  });

  it('needs every word of a value of several words', async () => {
    expect(await names(FilterOperatorEnum.ContainsToken, 'acme renewal')).toEqual(['Acme renewal']);
    expect(await names(FilterOperatorEnum.ContainsToken, 'acme pilot')).toEqual([]);
  });

  it('NOT_CONTAINS_TOKEN keeps every other deal', async () => {
    expect(await names(FilterOperatorEnum.NotContainsToken, 'renewal')).toEqual(['Globex new', 'Initech pilot', 'Umbrella expansion', 'Stark upgrade', 'Wayne services', 'Orphan lead']);
  });

  it('refuses a token filter without a value', async () => {
    const refused = await failure(h.client.crm.deals.searchApi.doSearch({ filterGroups: [{ filters: [{ propertyName: 'dealname', operator: FilterOperatorEnum.ContainsToken }] }] }));
    expect(refused.code).toBe(400);
  });

  it('CONTAINS_TOKEN and NOT_CONTAINS_TOKEN split the deals in two for any token', async () => {
    const all = (await h.client.crm.deals.searchApi.doSearch({ limit: 100 })).total;
    const word = fc.stringMatching(/^[a-z*]{1,6}$/).filter((w) => w.replace(/\*/g, '').length > 0);
    await fc.assert(
      fc.asyncProperty(word, async (token) => {
        const inside = await names(FilterOperatorEnum.ContainsToken, token);
        const outside = await names(FilterOperatorEnum.NotContainsToken, token);
        expect(inside.length + outside.length).toBe(all);
        expect(inside.filter((name) => outside.includes(name))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
