import type { Deal, Pipeline } from '../../src/domain/portal';
import type { PairConversion } from '../../src/funnel/pairConversion';
import { funnelConversion } from '../../src/funnel/funnelConversion';
import { periodBounds } from '../../src/domain/period';
import { SALES, TWO_WON, at, deal, funnelSettings } from './fixtures';

const Q2_UTC = periodBounds({ kind: 'quarter', year: 2026, index: 2 }, { timeZone: 'UTC', fiscalYearStartMonth: 1 });

/** [entered, converted] per pair, the shape a manager reads off the funnel page. */
const counts = (pairs: PairConversion[]): Array<[string, number, number]> => pairs.map((p) => [`${p.from}→${p.to}`, p.entered, p.converted]);

function run(deals: Deal[], opts: { now?: string; maturityDays?: number; minSample?: number; pipeline?: Pipeline } = {}): PairConversion[] {
  return funnelConversion({
    pipeline: opts.pipeline ?? SALES,
    deals,
    bounds: Q2_UTC,
    now: at(opts.now ?? '2026-07-15'),
    funnel: funnelSettings({ maturityDays: opts.maturityDays ?? 30, minSample: opts.minSample ?? 20 }),
  });
}

describe('funnelConversion: a quarter of a 4-step pipeline (kpi-spec §5)', () => {
  const quarter = [
    deal('A', { outcome: 'won', entered: { lead: at('2026-04-01'), qualified: at('2026-04-10'), proposal: at('2026-04-20'), won: at('2026-05-01') } }),
    // B skipped Qualified: it still passed it.
    deal('B', { outcome: 'won', entered: { lead: at('2026-04-02'), proposal: at('2026-04-15'), won: at('2026-05-05') } }),
    deal('C', { outcome: 'lost', entered: { lead: at('2026-04-03'), qualified: at('2026-04-12'), lost: at('2026-05-01') } }),
    deal('D', { outcome: 'lost', entered: { lead: at('2026-04-04'), lost: at('2026-04-06') } }),
    deal('E', { outcome: 'lost', entered: { lead: at('2026-04-05'), qualified: at('2026-04-13'), proposal: at('2026-04-25'), lost: at('2026-06-01') } }),
    // F was created straight into Proposal: its only timestamp is a later stage.
    deal('F', { entered: { proposal: at('2026-04-20') } }),
  ];

  it('counts 5 of 6 leads qualified, 4 of 5 qualified to proposal, 2 of 4 proposals won', () => {
    expect(counts(run(quarter))).toEqual([
      ['lead→qualified', 6, 5],
      ['qualified→proposal', 5, 4],
      ['proposal→won', 4, 2],
    ]);
  });

  it('reports rates, Wilson intervals and thresholds, and info while below minSample', () => {
    const pairs = run(quarter);
    expect(pairs.map((p) => p.rate)).toEqual([5 / 6, 4 / 5, 2 / 4]);
    expect(pairs[2]?.ci?.map((x) => Number(x.toFixed(4)))).toEqual([0.15, 0.85]);
    expect(pairs.map((p) => p.threshold)).toEqual([0.3, 0.5, 0.4]);
    expect(pairs.map((p) => p.severity)).toEqual(['info', 'info', 'info']);
    expect(run(quarter, { minSample: 4 }).map((p) => p.severity)).toEqual(['ok', 'ok', 'ok']);
  });

  it('does not count a lost deal as won because it carries a won-stage timestamp', () => {
    const odd = deal('G', { outcome: 'lost', entered: { lead: at('2026-04-01'), proposal: at('2026-04-03'), won: at('2026-04-05') } });
    expect(counts(run([odd]))).toEqual([
      ['lead→qualified', 1, 1],
      ['qualified→proposal', 1, 1],
      ['proposal→won', 1, 0],
    ]);
  });

  it('counts a won deal as won even when HubSpot lost its won-stage timestamp', () => {
    const won = deal('H', { outcome: 'won', stageId: 'won', entered: { lead: at('2026-04-01') } });
    expect(counts(run([won]))).toEqual([
      ['lead→qualified', 1, 1],
      ['qualified→proposal', 0, 0],
      ['proposal→won', 0, 0],
    ]);
  });

  it('puts a deal whose only timestamp is Won into every cohort of its won date', () => {
    const direct = deal('I', { outcome: 'won', entered: { won: at('2026-06-30') } });
    expect(counts(run([direct]))).toEqual([
      ['lead→qualified', 1, 1],
      ['qualified→proposal', 1, 1],
      ['proposal→won', 1, 1],
    ]);
  });

  it('leaves out deals of other pipelines and deals with no entry time at all', () => {
    const elsewhere = deal('J', { pipelineId: 'other', outcome: 'won', entered: { lead: at('2026-04-01') } });
    const blank = deal('K', { outcome: 'lost', entered: {} });
    expect(counts(run([elsewhere, blank])).map(([, n, c]) => n + c)).toEqual([0, 0, 0]);
    expect(run([]).map((p) => [p.rate, p.ci, p.severity])).toEqual([
      [null, null, 'info'],
      [null, null, 'info'],
      [null, null, 'info'],
    ]);
  });
});

describe('funnelConversion: maturity (kpi-spec §5)', () => {
  // Evaluated on 10 May with 30 days' maturity: deals that entered a stage after 10 April are young.
  const may = [
    deal('old-open', { entered: { lead: at('2026-04-01') } }),
    deal('young-open', { entered: { lead: at('2026-05-01') } }),
    deal('young-lost', { outcome: 'lost', entered: { lead: at('2026-05-01'), lost: at('2026-05-05') } }),
    deal('young-moving', { entered: { lead: at('2026-05-01'), qualified: at('2026-05-03') } }),
    deal('young-won', { outcome: 'won', entered: { lead: at('2026-05-02'), won: at('2026-05-08') } }),
  ];

  it('leaves young open deals out of both counts, but not young closed ones', () => {
    expect(counts(run(may, { now: '2026-05-10' }))).toEqual([
      ['lead→qualified', 4, 2],
      ['qualified→proposal', 1, 1],
      ['proposal→won', 1, 1],
    ]);
  });

  it('counts every deal as a failure-or-success once maturity is 0 days', () => {
    expect(counts(run(may, { now: '2026-05-10', maturityDays: 0 }))).toEqual([
      ['lead→qualified', 5, 2],
      ['qualified→proposal', 2, 1],
      ['proposal→won', 1, 1],
    ]);
  });

  it('lets a deal mature exactly maturityDays after it entered', () => {
    const entered = deal('x', { entered: { lead: at('2026-04-10') } });
    expect(run([entered], { now: '2026-05-10' })[0]?.entered).toBe(1);
    expect(run([entered], { now: '2026-05-09T23:59:59Z' })[0]?.entered).toBe(0);
  });
});

describe('funnelConversion: period edges in Asia/Shanghai (kpi-spec §3)', () => {
  const shanghai = { timeZone: 'Asia/Shanghai', fiscalYearStartMonth: 1 };
  const q2 = periodBounds({ kind: 'quarter', year: 2026, index: 2 }, shanghai);
  const lead = (id: string, iso: string) => deal(id, { outcome: 'lost', entered: { lead: at(iso) } });
  const deals = [
    lead('last-ms-of-Q1', '2026-03-31T15:59:59.999Z'),
    lead('first-ms-of-Q2', '2026-03-31T16:00:00.000Z'),
    lead('last-ms-of-Q2', '2026-06-30T15:59:59.999Z'),
    lead('first-ms-of-Q3', '2026-06-30T16:00:00.000Z'),
  ];
  const enteredIn = (bounds: typeof q2) =>
    deals.map((d) => funnelConversion({ pipeline: SALES, deals: [d], bounds, now: at('2026-08-01'), funnel: funnelSettings() })[0]?.entered);

  it('counts the leads of Shanghai midnight 1 April to midnight 1 July, not the UTC quarter', () => {
    expect(enteredIn(q2)).toEqual([0, 1, 1, 0]);
    expect(enteredIn(Q2_UTC)).toEqual([0, 0, 1, 1]);
  });
});

describe('funnelConversion: several won stages are one step', () => {
  it('counts a renewal win like a new-business win and takes its earliest won entry', () => {
    const deals = [
      deal('N', { pipelineId: 'two-won', outcome: 'won', entered: { lead2: at('2026-04-01'), 'won-new': at('2026-04-20') } }),
      deal('R', { pipelineId: 'two-won', outcome: 'won', entered: { proposal2: at('2026-04-02'), 'won-renewal': at('2026-04-21') } }),
      deal('L', { pipelineId: 'two-won', outcome: 'lost', entered: { lead2: at('2026-04-03'), proposal2: at('2026-04-05'), lost2: at('2026-04-09') } }),
      // Entered won in Q3: its proposal cohort is Q3's, not Q2's.
      deal('Q3', { pipelineId: 'two-won', outcome: 'won', entered: { 'won-renewal': at('2026-07-02') } }),
    ];
    const pairs = run(deals, { pipeline: TWO_WON });
    expect(counts(pairs)).toEqual([
      ['lead2→qualified2', 3, 3],
      ['qualified2→proposal2', 3, 3],
      ['proposal2→won-new', 3, 2],
    ]);
  });
});

describe('funnelConversion: threshold overrides reach the severity', () => {
  it('turns 5 of 6 qualified into a warning when the admin asks for 90%', () => {
    const deals = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) =>
      deal(id, { outcome: 'lost', entered: i < 5 ? { lead: at('2026-04-01'), qualified: at('2026-04-02') } : { lead: at('2026-04-01') } }),
    );
    const funnel = funnelSettings({ minSample: 5, thresholds: [{ pipelineId: 'sales', fromStageId: 'lead', toStageId: 'qualified', minRate: 0.9 }] });
    const [first] = funnelConversion({ pipeline: SALES, deals, bounds: Q2_UTC, now: at('2026-07-15'), funnel });
    expect(first).toMatchObject({ entered: 6, converted: 5, threshold: 0.9, severity: 'warning' });
  });
});
