import { formatPeriod } from '../../src/domain/period';
import { scorecardPeriods, scorecardWindow } from '../../src/crm/scorecardWindow';

const cal = { timeZone: 'Asia/Shanghai', fiscalYearStartMonth: 1 };
const Q3 = { kind: 'quarter' as const, year: 2026, index: 3 };

describe('scorecardWindow', () => {
  it('reads only the quarter for a rep template without trend or growth', () => {
    expect(scorecardWindow(Q3, cal, 0, 'none')).toEqual({ start: Date.parse('2026-06-30T16:00:00Z'), end: Date.parse('2026-09-30T16:00:00Z') });
  });

  it('reaches back to last year\'s quarter for growth, and further for each trend quarter\'s growth', () => {
    expect(new Set(scorecardPeriods(Q3, cal, 0, 'same_period_last_year').map(formatPeriod))).toEqual(new Set(['2026-Q3', '2025-Q3']));
    expect(scorecardWindow(Q3, cal, 2, 'same_period_last_year').start).toBe(Date.parse('2025-01-01T00:00:00+08:00'));
    expect(scorecardWindow(Q3, cal, 2, 'previous_period').start).toBe(Date.parse('2025-10-01T00:00:00+08:00'));
  });

  it('counts trend quarters back from the quarter holding a month period', () => {
    const august = { kind: 'month' as const, year: 2026, index: 8 };
    expect(scorecardPeriods(august, cal, 1, 'none').map(formatPeriod)).toEqual(['2026-08', '2026-Q2']);
  });
});
