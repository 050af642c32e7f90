import { portalFromSnapshot } from '../../src/domain/portalFromSnapshot';
import { dataProblems } from '../../src/handlers/dataProblems';
import { dataProblemReport } from '../../src/kpi/dataProblemReport';
import { buildPortalIndex } from '../../src/kpi/portalIndex';
import type { Harness } from './handlerFixture';
import { AS_OF, PORTAL_ID, dataOf, demoSnapshot, errorOf, harness, tempStores, viewerOf } from './handlerFixture';

const openStore = tempStores();

/** The demo portal with one won deal of this quarter whose amount is "abc", and one closed without a close date. */
function brokenPortal() {
  const snapshot = demoSnapshot(2000);
  const thisQuarter = (d: { properties: Record<string, string | null | undefined> }) => Date.parse(d.properties.closedate ?? '') >= Date.parse('2026-10-01T00:00:00+08:00') && Date.parse(d.properties.closedate ?? '') < AS_OF;
  const won = snapshot.deals.filter((d) => d.properties.hs_is_closed_won === 'true' && thisQuarter(d));
  const [a, b] = won;
  if (a === undefined || b === undefined) throw new Error('the demo has fewer than 2 won deals this quarter');
  a.properties.amount = 'abc';
  delete a.properties.amount_in_home_currency;
  delete b.properties.closedate;
  return { data: portalFromSnapshot(snapshot).data, broken: [a.id, b.id] };
}

let h: Harness;
let broken: string[];
beforeAll(async () => {
  const portal = brokenPortal();
  broken = portal.broken;
  h = await harness(openStore, portal.data);
});

describe('dataProblems: the settings page’s list of what to clean up', () => {
  it('lists the broken deals by kind and owner, linked to their records, grouped as kpi doctor groups them', async () => {
    const out = dataOf(await dataProblems({}, h.deps(viewerOf('admin'))));
    expect(out).toMatchObject({ from: '2025-Q4', to: '2026-Q4' });
    const ids = out.kinds.flatMap((k) => k.owners.flatMap((o) => o.deals.map((d) => [k.kind, d.recordId])));
    expect(ids).toEqual(expect.arrayContaining([['amount_not_a_number', broken[0]], ['closedate_missing', broken[1]]]));
    const deal = out.kinds.find((k) => k.kind === 'amount_not_a_number')?.owners[0]?.deals[0];
    expect(deal?.url).toBe(`https://app.hubspot.com/contacts/${PORTAL_ID}/record/0-3/${broken[0]}`);
    const { from: _from, to: _to, ...report } = out;
    const read = await h.port.scorecardData({ ownerIds: h.data.owners.map((o) => o.id), teamIds: [], period: { kind: 'quarter', year: 2026, index: 4 }, calendar: { timeZone: 'Asia/Shanghai', fiscalYearStartMonth: h.settings.fiscalYearStartMonth }, mapping: h.settings.propertyMapping, historyQuarters: 4, includeFunnel: true, comparison: 'none' });
    expect(report).toEqual(dataProblemReport(read, buildPortalIndex(read), h.settings.propertyMapping));
  });

  it('is for who may read the settings: a director yes, a rep or a manager no', async () => {
    expect(dataOf(await dataProblems({}, h.deps(viewerOf('director')))).dealsWithProblems).toBeGreaterThanOrEqual(2);
    expect(errorOf(await dataProblems({}, h.deps(viewerOf('eastRep')))).code).toBe('forbidden');
    expect(errorOf(await dataProblems({}, h.deps(viewerOf('eastManager')))).code).toBe('forbidden');
  });
});
