import fc from 'fast-check';
import type { Deal } from '../../src/domain/portal';
import { daysInStage, isStalled, stalledLineDays, stalledLines } from '../../src/funnel/stageAging';
import { percentileInc } from '../../src/funnel/percentileInc';
import { DAY, SALES, TWO_WON, at, deal, funnelSettings } from './fixtures';

const start = at('2026-01-05');

/** A won deal that spent `days` in Qualified on its way from Lead to Won. */
const wonAfter = (id: string, days: number, wonStage = 'won'): Deal =>
  deal(id, { outcome: 'won', entered: { lead: start - 3 * DAY, qualified: start, proposal: start + days * DAY, [wonStage]: start + (days + 2) * DAY } });

const tenWon = Array.from({ length: 10 }, (_, i) => wonAfter(`w${i}`, i + 1));

describe('stalledLineDays (kpi-spec §5 stage aging)', () => {
  const funnel = funnelSettings();

  it("draws Qualified's line at 8.2 days when ten won deals spent 1…10 days there (PERCENTILE.INC 80%)", () => {
    expect(stalledLineDays(SALES, 'qualified', tenWon, funnel)).toBeCloseTo(8.2, 10);
  });

  it('draws no line below 10 won deals', () => {
    expect(stalledLineDays(SALES, 'qualified', tenWon.slice(0, 9), funnel)).toBeNull();
    expect(stalledLineDays(SALES, 'qualified', [], funnel)).toBeNull();
  });

  it('counts only won deals of this pipeline, and only those that were in the stage', () => {
    const noise = [
      deal('lost', { outcome: 'lost', entered: { qualified: start, proposal: start + 90 * DAY } }),
      deal('open', { entered: { qualified: start, proposal: start + 90 * DAY } }),
      deal('elsewhere', { pipelineId: 'other', outcome: 'won', entered: { qualified: start, proposal: start + 90 * DAY } }),
      deal('skipped', { outcome: 'won', entered: { lead: start, proposal: start + 90 * DAY, won: start + 91 * DAY } }),
    ];
    expect(stalledLineDays(SALES, 'qualified', [...tenWon.slice(0, 9), ...noise], funnel)).toBeNull();
    expect(stalledLineDays(SALES, 'qualified', [...tenWon, ...noise], funnel)).toBeCloseTo(8.2, 10);
  });

  it('measures to the next step the deal reached, even when it skipped one', () => {
    // Lead → Won directly after 4 days, ten times: Lead's line is 4 days.
    const direct = Array.from({ length: 10 }, (_, i) => deal(`d${i}`, { outcome: 'won', entered: { lead: start, won: start + 4 * DAY } }));
    expect(stalledLineDays(SALES, 'lead', direct, funnel)).toBeCloseTo(4, 10);
  });

  it('takes no sample from a won deal whose next entry time is unknown or earlier (moved back)', () => {
    const noWonTime = Array.from({ length: 10 }, (_, i) => deal(`n${i}`, { outcome: 'won', entered: { lead: start, proposal: start + 5 * DAY } }));
    expect(stalledLineDays(SALES, 'proposal', noWonTime, funnel)).toBeNull();
    const movedBack = Array.from({ length: 10 }, (_, i) => deal(`m${i}`, { outcome: 'won', entered: { lead: start + 5 * DAY, qualified: start, won: start + 9 * DAY } }));
    expect(stalledLineDays(SALES, 'lead', movedBack, funnel)).toBeNull();
    expect(stalledLineDays(SALES, 'qualified', movedBack, funnel)).toBeCloseTo(9, 10);
  });

  it('measures time before a renewal win in a pipeline with two won stages', () => {
    const renewals = Array.from({ length: 10 }, (_, i) =>
      deal(`r${i}`, { pipelineId: 'two-won', outcome: 'won', entered: { proposal2: start, 'won-renewal': start + (i + 1) * DAY } }),
    );
    expect(stalledLineDays(TWO_WON, 'proposal2', renewals, funnel)).toBeCloseTo(8.2, 10);
  });

  it('follows the admin’s percentile and minimum', () => {
    const mine = funnelSettings({ stalledPercentile: 0.5, stalledMinWonDeals: 3 });
    expect(stalledLineDays(SALES, 'qualified', tenWon.slice(0, 3), mine)).toBeCloseTo(2, 10);
  });

  it('has no line for stages that are not open stages of the pipeline', () => {
    expect(stalledLineDays(SALES, 'won', tenWon, funnel)).toBeNull();
    expect(stalledLineDays(SALES, 'lost', tenWon, funnel)).toBeNull();
    expect(stalledLineDays(SALES, 'nope', tenWon, funnel)).toBeNull();
    expect([...stalledLines(SALES, tenWon, funnel).keys()]).toEqual(['lead', 'qualified', 'proposal']);
  });

  it('equals PERCENTILE.INC of the won deals’ days for any number of them from 10 up', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 10, maxLength: 40 }), (days) => {
        const won = days.map((d, i) => wonAfter(`p${i}`, d));
        expect(stalledLineDays(SALES, 'qualified', won, funnel)).toBeCloseTo(percentileInc(days, 0.8) as number, 9);
      }),
    );
  });
});

describe('daysInStage and isStalled', () => {
  const now = at('2026-03-01');
  const inQualified = (days: number) => deal('o', { stageId: 'qualified', entered: { lead: now - 40 * DAY, qualified: now - days * DAY } });

  it('counts the days since the deal entered its current stage', () => {
    expect(daysInStage(inQualified(9), now)).toBe(9);
    expect(daysInStage(inQualified(0.5), now)).toBe(0.5);
  });

  it('is unknown without an entry time for the current stage, and for closed deals', () => {
    expect(daysInStage(deal('x', { stageId: 'qualified', entered: { lead: now - DAY } }), now)).toBeNull();
    expect(daysInStage(deal('y', { stageId: null, entered: {} }), now)).toBeNull();
    expect(daysInStage(deal('z', { outcome: 'won', entered: { won: now - DAY } }), now)).toBeNull();
  });

  it('reads an entry time a little after now (clocks differ) as 0 days', () => {
    expect(daysInStage(inQualified(-0.01), now)).toBe(0);
  });

  it('flags 9 days in Qualified against an 8.2-day line, not 8 days', () => {
    expect(isStalled(inQualified(9), 8.2, now)).toBe(true);
    expect(isStalled(inQualified(8), 8.2, now)).toBe(false);
  });

  it('never flags a closed deal, and says nothing without a line or an entry time', () => {
    expect(isStalled(deal('w', { outcome: 'won', entered: { lead: now - 99 * DAY } }), 1, now)).toBe(false);
    expect(isStalled(deal('l', { outcome: 'lost', entered: { lead: now - 99 * DAY } }), 1, now)).toBe(false);
    expect(isStalled(inQualified(30), null, now)).toBeNull();
    expect(isStalled(deal('n', { stageId: 'qualified', entered: {} }), 1, now)).toBeNull();
  });
});
