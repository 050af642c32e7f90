import fc from 'fast-check';
import type { Deal } from '../../src/domain/portal';
import type { FunnelGroup } from '../../src/funnel/funnelAlerts';
import { funnelAlerts, isBreach } from '../../src/funnel/funnelAlerts';
import { funnelConversion } from '../../src/funnel/funnelConversion';
import { periodBounds } from '../../src/domain/period';
import { SALES, at, deal, funnelSettings } from './fixtures';
import { dealsArb, SPAN, T0 } from './arbitraries';

const bounds = periodBounds({ kind: 'quarter', year: 2026, index: 2 }, { timeZone: 'UTC', fiscalYearStartMonth: 1 });
const now = at('2026-07-15');
const T0_Q2 = at('2026-04-10');

/** `n` closed leads of one owner, `qualified` of which were qualified and then lost. */
function leads(ownerId: string, n: number, qualified: number): Deal[] {
  return Array.from({ length: n }, (_, i) =>
    deal(`${ownerId}-${i}`, {
      ownerId,
      outcome: 'lost',
      entered: i < qualified ? { lead: T0_Q2, qualified: T0_Q2 + 1000 } : { lead: T0_Q2 },
    }),
  );
}

describe('funnelAlerts: per team and per rep (kpi-spec §5)', () => {
  // Ann qualifies 4 of 40 leads (critical against 30%), Bo 6 of 20 (ok), Cy 1 of 5 (too few).
  const deals = [...leads('ann', 40, 4), ...leads('bo', 20, 6), ...leads('cy', 5, 1)];
  const groups: FunnelGroup[] = [
    { kind: 'team', id: 'east', ownerIds: ['ann', 'bo'] },
    { kind: 'team', id: 'west', ownerIds: ['cy'] },
    { kind: 'owner', id: 'ann', ownerIds: ['ann'] },
    { kind: 'owner', id: 'bo', ownerIds: ['bo'] },
    { kind: 'owner', id: 'cy', ownerIds: ['cy'] },
  ];
  const result = funnelAlerts({ pipeline: SALES, deals, bounds, now, funnel: funnelSettings(), groups });
  const firstPair = (id: string) => result.groups.find((g) => g.id === id)?.pairs[0];

  it('counts each group’s own deals: East 10 of 60, Ann 4 of 40, Bo 6 of 20, Cy 1 of 5', () => {
    expect(['east', 'west', 'ann', 'bo', 'cy'].map((id) => [firstPair(id)?.converted, firstPair(id)?.entered])).toEqual([
      [10, 60],
      [1, 5],
      [4, 40],
      [6, 20],
      [1, 5],
    ]);
  });

  it('judges East (17%, interval 9–28%) and Ann (10%) critical against 30%, Bo (30%) ok, Cy and West info', () => {
    expect(firstPair('east')?.ci?.map((x) => Number(x.toFixed(2)))).toEqual([0.09, 0.28]);
    expect(['east', 'west', 'ann', 'bo', 'cy'].map((id) => firstPair(id)?.severity)).toEqual(['critical', 'info', 'critical', 'ok', 'info']);
  });

  it('lists the alerts most severe first, and only warnings and critical ones are breaches', () => {
    const leadAlerts = result.alerts.filter((a) => a.pair.from === 'lead');
    expect(leadAlerts.map((a) => [a.group.id, a.pair.severity])).toEqual([
      ['east', 'critical'],
      ['ann', 'critical'],
      ['west', 'info'],
      ['cy', 'info'],
    ]);
    expect(result.alerts.filter(isBreach).map((a) => a.group.id)).toEqual(['east', 'ann']);
  });
});

describe('funnelAlerts properties', () => {
  it("gives every group exactly funnelConversion over its owners' deals", () => {
    const groupArb = fc.record({
      kind: fc.constantFrom<'team' | 'owner'>('team', 'owner'),
      id: fc.string({ minLength: 1, maxLength: 3 }),
      ownerIds: fc.array(fc.constantFrom<string>('o1', 'o2', 'o3', 'o4', 'ghost'), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(dealsArb(), fc.array(groupArb, { maxLength: 5 }), fc.integer({ min: 0, max: SPAN }), (deals, groups, offset) => {
        const window = { start: T0 + offset / 2, end: T0 + offset };
        const funnel = funnelSettings({ minSample: 3 });
        const result = funnelAlerts({ pipeline: SALES, deals, bounds: window, now: T0 + SPAN, funnel, groups });
        groups.forEach((group, i) => {
          const own = deals.filter((d) => d.ownerId !== null && group.ownerIds.includes(d.ownerId));
          expect(result.groups[i]?.pairs).toEqual(funnelConversion({ pipeline: SALES, deals: own, bounds: window, now: T0 + SPAN, funnel }));
        });
      }),
      { numRuns: 200 },
    );
  });
});
