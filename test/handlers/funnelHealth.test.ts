import fc from 'fast-check';
import { periodBounds } from '../../src/domain/period';
import { funnelConversion } from '../../src/funnel/funnelConversion';
import type { PairConversion } from '../../src/funnel/pairConversion';
import type { FunnelPair } from '../../src/handlers/contracts/funnelHealth';
import { funnelHealth } from '../../src/handlers/funnelHealth';
import { byWorstGap, worstGap } from '../../src/handlers/funnelPairDto';
import { DEMO_CALENDAR } from '../../src/emulator/demo/generateDemoSnapshot';
import type { Harness, Person } from './handlerFixture';
import { AS_OF, EAST_TEAM_ID, LEAKY_TEAM_ID, PEOPLE, dataOf, demoData, errorOf, harness, tempStores, viewerOf } from './handlerFixture';

const openStore = tempStores();
const data = demoData();
let h: Harness;
beforeAll(async () => {
  h = await harness(openStore, data);
});

const withoutLabels = (pairs: FunnelPair[]): PairConversion[] => pairs.map(({ fromLabel: _f, toLabel: _t, ...pair }) => pair);

/** The engine's funnel of some owners' deals in the sales pipeline for 2026-Q3, over the whole portal. */
function engineFunnel(ownerIds: readonly string[]): PairConversion[] {
  const pipeline = data.pipelines.find((p) => p.id === 'default');
  if (!pipeline) throw new Error('the demo has a default pipeline');
  const owners = new Set(ownerIds);
  const deals = data.deals.filter((d) => d.ownerId !== null && owners.has(d.ownerId));
  const bounds = periodBounds({ kind: 'quarter', year: 2026, index: 3 }, DEMO_CALENDAR);
  return funnelConversion({ pipeline, deals, bounds, now: AS_OF, funnel: h.settings.funnel });
}

describe('funnelHealth: the numbers are the engine’s', () => {
  it('gives every team’s and every rep’s pairs as funnelConversion does', async () => {
    const page = dataOf(await funnelHealth({ period: '2026-Q3' }, h.deps(viewerOf('director'))));
    expect(page.pipeline.id).toBe('default');
    expect(page.pipelines.map((p) => p.id)).toEqual(data.pipelines.map((p) => p.id));
    expect(page.teams.map((t) => t.id).sort()).toEqual(data.teams.map((t) => t.id).sort());
    for (const team of page.teams) {
      const members = data.teams.find((t) => t.id === team.id)?.memberOwnerIds ?? [];
      expect(withoutLabels(team.pairs)).toEqual(engineFunnel(members));
    }
    expect(page.reps.length).toBe(14);
    for (const rep of page.reps) expect(withoutLabels(rep.pairs)).toEqual(engineFunnel([rep.ownerId]));
  });

  it('shows the South team’s leaky first step as a critical alert, and labels the pairs', async () => {
    const page = dataOf(await funnelHealth({ period: '2026-Q3' }, h.deps(viewerOf('director'))));
    const south = page.teams.find((t) => t.id === LEAKY_TEAM_ID);
    expect(south?.pairs[0]).toMatchObject({ from: 'appointmentscheduled', fromLabel: 'Appointment scheduled', to: 'qualifiedtobuy', threshold: 0.3, severity: 'critical' });
    const alert = page.alerts.find((a) => a.group.kind === 'team' && a.group.id === LEAKY_TEAM_ID);
    expect(alert).toMatchObject({ group: { name: 'South China 华南' }, pair: { from: 'appointmentscheduled', severity: 'critical' }, taskId: null });
    expect(page.alerts.every((a) => a.pair.severity === 'warning' || a.pair.severity === 'critical')).toBe(true);
  });

  it('ranks the reps by their worst gap under a threshold, South’s reps first', async () => {
    const page = dataOf(await funnelHealth({ period: '2026-Q3' }, h.deps(viewerOf('director'))));
    const gaps = page.reps.map((r) => r.worstGap ?? -Infinity);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
    expect(page.reps[0]?.teamId).toBe(LEAKY_TEAM_ID);
    for (const rep of page.reps) expect(rep.worstGap).toBe(worstGap(withoutLabels(rep.pairs), h.settings.funnel.minSample));
  });

  it('reads only the pipeline and the team asked for', async () => {
    const spy = jest.spyOn(h.port, 'funnelData');
    const page = dataOf(await funnelHealth({ pipelineId: data.pipelines[1]?.id, teamId: EAST_TEAM_ID, period: '2026-Q2' }, h.deps(viewerOf('eastManager'))));
    const request = spy.mock.calls[0]?.[0];
    spy.mockRestore();
    expect(page.pipeline.id).toBe(data.pipelines[1]?.id);
    expect(request?.pipelineId).toBe(data.pipelines[1]?.id);
    expect(new Set(request?.ownerIds)).toEqual(new Set(data.teams.find((t) => t.id === EAST_TEAM_ID)?.memberOwnerIds));
  });
});

describe('funnelHealth: who sees which teams', () => {
  const teamsSeenBy = async (person: Person) => dataOf(await funnelHealth({ period: '2026-Q3' }, h.deps(viewerOf(person)))).teams.map((t) => t.id);

  it('shows a manager their own team, and leaves themselves out of the rep ranking', async () => {
    expect(await teamsSeenBy('southManager')).toEqual([LEAKY_TEAM_ID]);
    const page = dataOf(await funnelHealth({}, h.deps(viewerOf('southManager'))));
    expect(page.reps.map((r) => r.ownerId)).not.toContain(PEOPLE.southManager.ownerId);
    expect(page.reps).toHaveLength(4);
  });

  it('shows directors and admins every team', async () => {
    expect((await teamsSeenBy('director')).length).toBe(3);
    expect((await teamsSeenBy('admin')).length).toBe(3);
  });

  it('refuses reps, users without an owner record, and a manager asking for another team', async () => {
    expect(errorOf(await funnelHealth({}, h.deps(viewerOf('eastRep')))).code).toBe('forbidden');
    expect(errorOf(await funnelHealth({}, h.deps(viewerOf('noOwner')))).code).toBe('forbidden');
    expect(errorOf(await funnelHealth({ teamId: LEAKY_TEAM_ID }, h.deps(viewerOf('eastManager')))).code).toBe('forbidden');
  });

  it('refuses a manager an unknown team exactly like another manager’s team', async () => {
    const missing = errorOf(await funnelHealth({ teamId: '1' }, h.deps(viewerOf('eastManager'))));
    expect(missing.code).toBe('forbidden');
    expect(missing.message).toBe(errorOf(await funnelHealth({ teamId: '1' }, h.deps(viewerOf('southManager')))).message.replace('southManager', 'eastManager'));
    expect(errorOf(await funnelHealth({ teamId: LEAKY_TEAM_ID }, h.deps(viewerOf('eastManager')))).message).toBe(missing.message.replace('1', LEAKY_TEAM_ID));
  });

  it.each(['1970-01', '1969', '0000-Q1', '2030'])('refuses the period %s with 400 naming the field', async (period) => {
    expect(errorOf(await funnelHealth({ period }, h.deps(viewerOf('director'))))).toMatchObject({ code: 'invalid', fields: [{ field: 'period' }] });
  });

  it('answers not_found for an unknown team or pipeline', async () => {
    expect(errorOf(await funnelHealth({ teamId: '1' }, h.deps(viewerOf('director')))).code).toBe('not_found');
    expect(errorOf(await funnelHealth({ pipelineId: 'nope' }, h.deps(viewerOf('director')))).code).toBe('not_found');
  });
});

describe('worstGap and byWorstGap (properties)', () => {
  const pair = fc.record({
    entered: fc.integer({ min: 0, max: 200 }),
    rate: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    threshold: fc.double({ min: 0, max: 1, noNaN: true }),
  });

  it('is null or a positive shortfall of a pair with enough deals', () => {
    fc.assert(
      fc.property(fc.array(pair), fc.integer({ min: 1, max: 50 }), (raw, minSample) => {
        const pairs = raw.map((p) => ({ from: 'a', to: 'b', converted: 0, ci: null, severity: 'ok' as const, ...p }));
        const gap = worstGap(pairs, minSample);
        const eligible = pairs.filter((p) => p.rate !== null && p.entered >= minSample && p.rate < p.threshold);
        if (eligible.length === 0) return gap === null;
        return gap !== null && gap > 0 && eligible.some((p) => p.threshold - (p.rate as number) === gap) && eligible.every((p) => p.threshold - (p.rate as number) <= gap);
      }),
    );
  });

  it('sorts the largest gap first and the reps without a gap last', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null })), (gaps) => {
        const sorted = gaps.map((worstGap) => ({ worstGap })).sort(byWorstGap);
        const firstNull = sorted.findIndex((r) => r.worstGap === null);
        const known = sorted.filter((r) => r.worstGap !== null).map((r) => r.worstGap as number);
        return known.every((g, i) => i === 0 || (known[i - 1] as number) >= g) && (firstNull === -1 || sorted.slice(firstNull).every((r) => r.worstGap === null));
      }),
    );
  });
});
