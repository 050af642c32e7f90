import { toPairConversion } from '../../src/funnel/pairConversion';
import { pairSeverity } from '../../src/funnel/pairSeverity';
import { wilsonInterval } from '../../src/funnel/wilson';

describe('pair severity (kpi-spec §5 threshold alert, minSample 20)', () => {
  it('calls 4 of 20 against 30% a warning: below, but the interval still reaches 30%', () => {
    const pair = toPairConversion('lead', 'qualified', 20, 4, 0.3, 20);
    expect(pair.rate).toBe(0.2);
    expect(pair.ci?.[1]).toBeCloseTo(0.416, 3);
    expect(pair.severity).toBe('warning');
  });

  it('calls 4 of 40 against 30% critical: even the upper bound (23%) is below', () => {
    const pair = toPairConversion('lead', 'qualified', 40, 4, 0.3, 20);
    expect(pair.ci?.[1]).toBeCloseTo(0.2305, 4);
    expect(pair.severity).toBe('critical');
  });

  it('calls 0 of 19 info: too few deals say nothing, however bad the rate', () => {
    expect(toPairConversion('lead', 'qualified', 19, 0, 0.3, 20).severity).toBe('info');
  });

  it('reports no deals as unknown, not as a zero rate', () => {
    expect(toPairConversion('lead', 'qualified', 0, 0, 0.3, 1)).toEqual({
      from: 'lead',
      to: 'qualified',
      entered: 0,
      converted: 0,
      rate: null,
      ci: null,
      threshold: 0.3,
      severity: 'info',
    });
  });

  it('is ok at the threshold itself', () => {
    expect(toPairConversion('qualified', 'proposal', 20, 10, 0.5, 20).severity).toBe('ok');
  });

  it('checks the interval first: a critical pair is never merely a warning', () => {
    const seen: string[] = [];
    for (let converted = 0; converted <= 100; converted++) {
      const ci = wilsonInterval(converted, 100);
      const severity = pairSeverity(100, converted / 100, ci, 0.4, 20);
      const expected = ci[1] < 0.4 ? 'critical' : converted / 100 < 0.4 ? 'warning' : 'ok';
      expect(severity).toBe(expected);
      seen.push(severity);
    }
    // 30 of 100 has the interval 22–40% (just below 40%), 31 of 100 reaches it.
    expect(seen.indexOf('warning')).toBe(31);
    expect(seen.indexOf('ok')).toBe(40);
  });
});
