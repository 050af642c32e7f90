import { CrmError } from '../../src/crm/crmError';
import { crmPortFromSnapshot } from '../../src/crm/crmPortFromSnapshot';
import { segments } from '../../src/handlers/segments';
import type { Harness } from './handlerFixture';
import { EAST_TEAM_ID, LEAKY_TEAM_ID, dataOf, demoData, errorOf, harness, tempStores, viewerOf } from './handlerFixture';

const openStore = tempStores();
const data = demoData(3000);
let h: Harness;
beforeAll(async () => {
  h = await harness(openStore, data);
});

describe('segments', () => {
  it('gives a director every pipeline of the portal, the rows adding up to the won revenue of the department', async () => {
    const table = dataOf(await segments({ period: '2026-Q3' }, h.deps(viewerOf('director'))));
    expect(table.by).toBe('pipeline');
    expect(table.team).toBeNull();
    const won = data.deals.filter((d) => d.outcome === 'won' && d.ownerId !== null && d.closedAt !== null && d.closedAt >= Date.parse('2026-07-01T00:00:00Z') && d.closedAt < Date.parse('2026-10-01T00:00:00Z'));
    expect(new Set(table.rows.filter((r) => r.wonCount > 0).map((r) => r.key))).toEqual(new Set(won.map((d) => d.pipelineId)));
    expect(table.rows.reduce((n, r) => n + r.won, 0)).toBe(table.total?.won);
    expect(table.total?.wonCount).toBe(won.length);
    expect(table.rows.every((r) => r.attainment.status === 'not_configured')).toBe(true);
  });

  it('keeps a manager to the teams they manage, and a rep out', async () => {
    const mine = dataOf(await segments({ period: '2026-Q3' }, h.deps(viewerOf('eastManager'))));
    expect(mine.teams.map((t) => t.id)).toEqual([EAST_TEAM_ID]);
    const team = dataOf(await segments({ period: '2026-Q3', teamId: EAST_TEAM_ID }, h.deps(viewerOf('eastManager'))));
    expect(team.total?.won).toBe(mine.total?.won);
    const director = dataOf(await segments({ period: '2026-Q3' }, h.deps(viewerOf('director'))));
    expect(team.total?.wonCount).toBeLessThan(director.total?.wonCount ?? 0);
    expect(errorOf(await segments({ teamId: LEAKY_TEAM_ID }, h.deps(viewerOf('eastManager')))).code).toBe('forbidden');
    expect(errorOf(await segments({}, h.deps(viewerOf('eastRep')))).code).toBe('forbidden');
    expect(errorOf(await segments({}, h.deps({ ...viewerOf('director'), identity: 'claimed' }))).code).toBe('needs_backend');
  });

  it('opens a segment onto its formula and the deals behind it', async () => {
    const table = dataOf(await segments({ period: '2026-Q3' }, h.deps(viewerOf('director'))));
    const first = table.rows[0];
    if (first === undefined) throw new Error('no segment');
    const opened = dataOf(await segments({ period: '2026-Q3', open: { key: first.key } }, h.deps(viewerOf('director'))));
    const details = opened.details;
    expect(details?.growth).toEqual({ operator: 'growth', inputs: [{ name: 'won', value: first.won }, { name: 'won_before', value: first.comparisonWon }] });
    const inPeriod = details?.records.filter((r) => r.source === 'period') ?? [];
    expect(inPeriod).toHaveLength(Math.min(first.wonCount, 500));
    if (details?.truncated === false) expect(inPeriod.reduce((n, r) => n + (r.amount ?? 0), 0)).toBeCloseTo(first.won);
    expect(errorOf(await segments({ period: '2026-Q3', open: { key: 'no-such-pipeline' } }, h.deps(viewerOf('director')))).code).toBe('not_found');
  });

  it('asks for the mapping when segments are by a property no one mapped', async () => {
    const settings = { ...h.settings, segments: { by: 'deal_property' as const, companyProperty: null, targets: [] } };
    const other = await harness(openStore, data, settings);
    const error = errorOf(await segments({}, other.deps(viewerOf('director'))));
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('map the segment property');
  });

  describe('by a company property of the customer', () => {
    const settingsBy = (companyProperty: string | null) => ({ ...h.settings, segments: { by: 'company_property' as const, companyProperty, targets: [] } });
    const wonInQ3 = (d: (typeof data.deals)[number]) => d.outcome === 'won' && d.ownerId !== null && d.closedAt !== null && d.closedAt >= Date.parse('2026-07-01T00:00:00Z') && d.closedAt < Date.parse('2026-10-01T00:00:00Z');

    it('gives each tier of the primary companies its won amount, under the labels HubSpot defines, and counts deals without one', async () => {
      const other = await harness(openStore, data, settingsBy('customer_tier'));
      const labelled = crmPortFromSnapshot(data, { propertyOptions: { companies: { customer_tier: [{ value: 'A', label: 'Tier A (strategic)' }, { value: 'B', label: 'Tier B' }] } } });
      const table = dataOf(await segments({ period: '2026-Q3' }, other.deps(viewerOf('director'), labelled)));
      expect(table).toMatchObject({ by: 'company_property', property: 'customer_tier', uncomputable: null });
      const tiers = new Map((data.companies ?? []).map((c) => [c.id, c.properties.customer_tier ?? null]));
      const expected = new Map<string | null, number>();
      for (const d of data.deals.filter(wonInQ3)) {
        const tier = d.companyIds?.[0] === undefined ? null : (tiers.get(d.companyIds[0]) ?? null);
        expected.set(tier, (expected.get(tier) ?? 0) + 1);
      }
      expect(new Map(table.rows.map((r) => [r.key, r.wonCount]))).toEqual(expected);
      expect(table.rows.map((r) => [r.key, r.label])).toEqual(expect.arrayContaining([['A', 'Tier A (strategic)'], ['B', 'Tier B'], ['C', 'C'], [null, null]]));
      expect(table.total?.wonCount).toBe(data.deals.filter(wonInQ3).length);
    });

    it('shows the values themselves when HubSpot cannot be asked for the labels', async () => {
      const other = await harness(openStore, data, settingsBy('customer_tier'));
      const unreachable = { ...crmPortFromSnapshot(data), propertyOptions: () => Promise.reject(new CrmError({ kind: 'unavailable', status: 503, message: 'HubSpot is down' })) };
      const table = dataOf(await segments({ period: '2026-Q3' }, other.deps(viewerOf('director'), unreachable)));
      expect(table.rows.filter((r) => r.key !== null).map((r) => r.label)).toEqual(table.rows.filter((r) => r.key !== null).map((r) => r.key));
      expect(table.total?.wonCount).toBeGreaterThan(0);
    });

    it('says the segments cannot be computed when the deals were read without their companies', async () => {
      const other = await harness(openStore, data, settingsBy('customer_tier'));
      const live = crmPortFromSnapshot({ ...data, companies: null, deals: data.deals.map((d) => ({ ...d, companyIds: null })) });
      const table = dataOf(await segments({ period: '2026-Q3' }, other.deps(viewerOf('director'), live)));
      expect(table).toMatchObject({ uncomputable: { reason: 'companies_not_read' }, rows: [], total: null });
    });

    it('asks for the company property when none is named', async () => {
      const other = await harness(openStore, data, settingsBy(null));
      const error = errorOf(await segments({}, other.deps(viewerOf('director'))));
      expect(error).toMatchObject({ code: 'invalid', fields: [{ field: 'segments.companyProperty' }] });
    });
  });
});
