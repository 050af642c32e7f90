import fc from 'fast-check';
import { stageWinChance } from '../../src/funnel/stageWinChance';
import { wilsonInterval } from '../../src/funnel/wilson';
import { SALES, TWO_WON, at, deal } from './fixtures';
import { dealsArb } from './arbitraries';

describe('stageWinChance (kpi-spec §5, the deal card)', () => {
  const history = [
    deal('A', { outcome: 'won', entered: { lead: at('2026-04-01'), qualified: at('2026-04-10'), proposal: at('2026-04-20'), won: at('2026-05-01') } }),
    deal('B', { outcome: 'won', entered: { lead: at('2026-04-02'), proposal: at('2026-04-15') } }),
    deal('C', { outcome: 'lost', entered: { lead: at('2026-04-03'), qualified: at('2026-04-12'), lost: at('2026-05-01') } }),
    deal('D', { outcome: 'lost', entered: { lead: at('2026-04-04'), lost: at('2026-04-06') } }),
    deal('E', { outcome: 'lost', entered: { lead: at('2026-04-05'), qualified: at('2026-04-13'), proposal: at('2026-04-25'), won: at('2026-05-02') } }),
    deal('open', { entered: { lead: at('2026-04-05'), proposal: at('2026-04-25') } }),
  ];
  const chance = (stageId: string) => {
    const c = stageWinChance(SALES, stageId, history);
    return [c.won, c.n];
  };

  it('gives 2 in 5 from Lead, 2 in 4 from Qualified, 2 in 3 from Proposal (skips count, open deals do not)', () => {
    expect([chance('lead'), chance('qualified'), chance('proposal'), chance('won')]).toEqual([
      [2, 5],
      [2, 4],
      [2, 3],
      [2, 2],
    ]);
  });

  it('reports the rate with its Wilson interval', () => {
    expect(stageWinChance(SALES, 'proposal', history)).toEqual({ stageId: 'proposal', n: 3, won: 2, rate: 2 / 3, ci: wilsonInterval(2, 3) });
  });

  it('is unknown, not zero, with no closed history or for a stage that is not a step', () => {
    expect(stageWinChance(SALES, 'lead', [])).toEqual({ stageId: 'lead', n: 0, won: 0, rate: null, ci: null });
    expect(stageWinChance(SALES, 'lost', history).rate).toBeNull();
    expect(stageWinChance(SALES, 'elsewhere', history).n).toBe(0);
  });

  it('treats every won stage of a pipeline as the won step', () => {
    const renewal = deal('R', { pipelineId: 'two-won', outcome: 'won', entered: { 'won-renewal': at('2026-05-01') } });
    expect(stageWinChance(TWO_WON, 'won-renewal', [renewal]).won).toBe(1);
    expect(stageWinChance(TWO_WON, 'lead2', [renewal]).n).toBe(1);
  });

  it('never falls further down the funnel, because every closed deal that reached a later stage reached the earlier ones', () => {
    fc.assert(
      fc.property(dealsArb(), (deals) => {
        const ns = ['lead', 'qualified', 'proposal', 'won'].map((s) => stageWinChance(SALES, s, deals));
        for (let i = 0; i + 1 < ns.length; i++) {
          const [now, next] = [ns[i], ns[i + 1]] as const;
          expect(next?.n).toBeLessThanOrEqual(now?.n as number);
          expect(next?.won).toBe(now?.won);
        }
      }),
    );
  });
});
