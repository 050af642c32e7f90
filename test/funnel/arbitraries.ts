import fc from 'fast-check';
import type { Deal, Outcome, Pipeline } from '../../src/domain/portal';
import { DAY, deal } from './fixtures';

/** Random deals for the funnel properties: any mix of stage timestamps, outcomes and pipelines. */
export const T0 = Date.parse('2026-01-01T00:00:00Z');
export const SPAN = 365 * DAY;

const outcome = fc.constantFrom<Outcome | null>('open', 'won', 'lost', null);

export function dealsArb(pipeline: Pipeline, opts: { wonDealsHaveWonTime?: boolean; maxLength?: number } = {}): fc.Arbitrary<Deal[]> {
  const stageIds = pipeline.stages.map((s) => s.id);
  const wonIds = pipeline.stages.filter((s) => s.outcome === 'won').map((s) => s.id);
  const one = fc
    .record({
      outcome,
      otherPipeline: fc.integer({ min: 0, max: 9 }).map((x) => x === 0),
      owner: fc.constantFrom('o1', 'o2', 'o3', 'o4'),
      entries: fc.dictionary(fc.constantFrom(...stageIds), fc.integer({ min: 0, max: SPAN }), { maxKeys: stageIds.length }),
      wonAt: fc.integer({ min: 0, max: SPAN }),
    })
    .map(({ outcome: o, otherPipeline, owner, entries, wonAt }) => {
      const entered: Record<string, number> = {};
      for (const [id, offset] of Object.entries(entries)) entered[id] = T0 + offset;
      const first = wonIds[0];
      if (opts.wonDealsHaveWonTime && o === 'won' && first && !wonIds.some((id) => id in entered)) entered[first] = T0 + wonAt;
      return { o, otherPipeline, owner, entered };
    });
  return fc.array(one, { maxLength: opts.maxLength ?? 60 }).map((specs) =>
    specs.map((s, i) =>
      deal(`d${i}`, { outcome: s.o, pipelineId: s.otherPipeline ? 'other' : pipeline.id, ownerId: s.owner, entered: s.entered }),
    ),
  );
}
