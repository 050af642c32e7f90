import { formatPeriod, parsePeriod, periodBounds, periodContaining, shiftPeriod } from '../../src/domain/period';

const shanghai = { timeZone: 'Asia/Shanghai', fiscalYearStartMonth: 1 };

describe('periods in the portal time zone (kpi-spec §3)', () => {
  it('puts a deal closed at 2026-03-31T20:00Z into Q2 in Asia/Shanghai', () => {
    const closed = Date.parse('2026-03-31T20:00:00Z');
    expect(formatPeriod(periodContaining('quarter', closed, shanghai))).toBe('2026-Q2');
    expect(formatPeriod(periodContaining('quarter', closed, { timeZone: 'UTC', fiscalYearStartMonth: 1 }))).toBe('2026-Q1');
  });

  it('starts a Shanghai quarter at local midnight, 16:00 UTC the day before', () => {
    const q2 = parsePeriod('2026-Q2');
    if (!q2.ok) throw new Error(q2.error);
    const b = periodBounds(q2.value, shanghai);
    expect(new Date(b.start).toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(new Date(b.end).toISOString()).toBe('2026-06-30T16:00:00.000Z');
  });

  it('counts quarters from the fiscal-year start month', () => {
    const fyApril = { timeZone: 'UTC', fiscalYearStartMonth: 4 };
    const p = periodContaining('quarter', Date.parse('2027-02-10T00:00:00Z'), fyApril);
    expect(formatPeriod(p)).toBe('2026-Q4');
    const b = periodBounds(p, fyApril);
    expect(new Date(b.start).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(new Date(b.end).toISOString()).toBe('2027-04-01T00:00:00.000Z');
  });

  it('follows daylight saving in zones that have it', () => {
    const ny = { timeZone: 'America/New_York', fiscalYearStartMonth: 1 };
    const b = periodBounds({ kind: 'month', year: 2026, index: 3 }, ny);
    expect(new Date(b.start).toISOString()).toBe('2026-03-01T05:00:00.000Z');
    expect(new Date(b.end).toISOString()).toBe('2026-04-01T04:00:00.000Z');
  });

  it('refuses labels that are not periods and shifts across years', () => {
    expect(parsePeriod('2026-Q5').ok).toBe(false);
    expect(parsePeriod('2026-13').ok).toBe(false);
    expect(formatPeriod(shiftPeriod({ kind: 'quarter', year: 2026, index: 1 }, -1))).toBe('2025-Q4');
    expect(formatPeriod(shiftPeriod({ kind: 'month', year: 2026, index: 12 }, 1))).toBe('2027-01');
  });
});
