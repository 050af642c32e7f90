import fc from 'fast-check';
import type { Deal, Outcome, Pipeline } from '../../src/domain/portal';
import { DAY, SALES, TWO_WON, deal } from './fixtures';

/**
 * Random deals for the funnel properties: any mix of outcomes, pipelines and stage timestamps,
 * drawn from the stages of both test pipelines so that every deal also carries timestamps of
 * stages that are not steps of the pipeline being measured (which must be ignored).
 */
export const T0 = Date.parse('2026-01-01T00:00:00Z');
export const SPAN = 365 * DAY;

const PIPELINES: readonly Pipeline[] = [SALES, TWO_WON];
const STAGE_IDS = PIPELINES.flatMap((p) => p.stages.map((s) => s.id));
const WON_IDS = PIPELINES.flatMap((p) => p.stages.filter((s) => s.outcome === 'won').map((s) => s.id));

export const pipelineArb: fc.Arbitrary<Pipeline> = fc.constantFrom(...PIPELINES);

const dealSpecArb = fc.record({
  outcome: fc.constantFrom<Outcome | null>('open', 'won', 'lost', null),
  pipelineId: fc.constantFrom(SALES.id, TWO_WON.id, 'other'),
  ownerId: fc.constantFrom('o1', 'o2', 'o3', 'o4'),
  entries: fc.array(fc.tuple(fc.constantFrom(...STAGE_IDS), fc.integer({ min: 0, max: SPAN })), { maxLength: 7 }),
  wonAt: fc.integer({ min: 0, max: SPAN }),
});

/**
 * With `wonDealsHaveWonTime`, a won deal without a won-stage timestamp of its pipeline gets one,
 * as HubSpot sets it when a deal moves to won.
 */
export function dealsArb(opts: { wonDealsHaveWonTime?: boolean; maxLength?: number } = {}): fc.Arbitrary<Deal[]> {
  return fc.array(dealSpecArb, { maxLength: opts.maxLength ?? 60 }).map((specs) =>
    specs.map((s, i) => {
      const entered: Record<string, number> = {};
      for (const [id, offset] of s.entries) entered[id] = Math.min(entered[id] ?? Infinity, T0 + offset);
      const ownWon = PIPELINES.find((p) => p.id === s.pipelineId)?.stages.filter((st) => WON_IDS.includes(st.id)).map((st) => st.id) ?? [];
      const first = ownWon[0];
      if (opts.wonDealsHaveWonTime && s.outcome === 'won' && first && !ownWon.some((id) => id in entered)) entered[first] = T0 + s.wonAt;
      return deal(`d${i}`, { outcome: s.outcome, pipelineId: s.pipelineId, ownerId: s.ownerId, entered });
    }),
  );
}
