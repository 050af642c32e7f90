import fc from 'fast-check';
import type { Bounds } from '../../src/domain/period';
import { funnelConversion } from '../../src/funnel/funnelConversion';
import { pairCohorts } from '../../src/funnel/pairCohorts';
import { DAY, funnelSettings } from './fixtures';
import { SPAN, T0, dealsArb, pipelineArb } from './arbitraries';

const boundsArb: fc.Arbitrary<Bounds> = fc
  .tuple(fc.integer({ min: -30, max: 400 }), fc.integer({ min: 0, max: 400 }))
  .map(([from, days]) => ({ start: T0 + from * DAY, end: T0 + (from + days) * DAY }));
const nowArb = fc.integer({ min: 0, max: SPAN + 60 * DAY }).map((offset) => T0 + offset);

describe('pairCohorts (the deals behind each pair’s rate, kpi-spec §5)', () => {
  it('lists, for every pair, exactly as many deals as the conversion counts entered, and as many advanced as converted', () => {
    fc.assert(
      fc.property(pipelineArb, dealsArb(), boundsArb, nowArb, fc.integer({ min: 0, max: 90 }), (pipeline, deals, bounds, now, maturityDays) => {
        const input = { pipeline, deals, bounds, now, funnel: funnelSettings({ maturityDays }) };
        const counted = funnelConversion(input).map((p) => [p.from, p.to, p.entered, p.converted]);
        const listed = pairCohorts(input).map((c) => [c.from.id, c.to.id, c.deals.length, c.deals.filter((d) => d.advanced).length]);
        expect(listed).toEqual(counted);
      }),
      { numRuns: 300 },
    );
  });

  it('lists a deal at most once per pair', () => {
    fc.assert(
      fc.property(pipelineArb, dealsArb(), boundsArb, nowArb, (pipeline, deals, bounds, now) => {
        for (const cohort of pairCohorts({ pipeline, deals, bounds, now, funnel: funnelSettings({ maturityDays: 30 }) })) {
          const ids = cohort.deals.map((d) => d.deal.id);
          expect(new Set(ids).size).toBe(ids.length);
        }
      }),
      { numRuns: 100 },
    );
  });
});
