import { combine360 } from '../../src/kpi/combine360';

const weights = { self: 0.3, manager: 0.5, customer: 0.2 };

describe('combine360 (kpi-spec §6)', () => {
  it('weighs self 90, manager 70, customer 60 as 27 + 35 + 12 = 74', () => {
    expect(combine360([{ score: 90, source: 'self' }, { score: 70, source: 'manager' }, { score: 60, source: 'customer' }], weights)).toBeCloseTo(74, 10);
  });

  it('re-spreads the weights over the sources present: (0.5×70 + 0.2×60) / 0.7', () => {
    expect(combine360([{ score: 70, source: 'manager' }, { score: 60, source: 'customer' }], weights)).toBeCloseTo(47 / 0.7, 10);
  });

  it('averages several scores from one source, takes a score without a source as it is, peers only alone', () => {
    expect(combine360([{ score: 60, source: 'customer' }, { score: 80, source: 'customer' }], weights)).toBeCloseTo(70, 10);
    expect(combine360([{ score: 85 }, { score: 10, source: 'self' }], weights)).toBe(85);
    expect(combine360([{ score: 50, source: 'peer' }, { score: 90, source: 'manager' }], weights)).toBe(90);
    expect(combine360([{ score: 50, source: 'peer' }, { score: 70, source: 'peer' }], weights)).toBe(60);
    expect(combine360([], weights)).toBeNull();
  });
});
