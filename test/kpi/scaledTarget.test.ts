import { scaledTarget } from '../../src/kpi/scaledTarget';
import { APRIL_2026, Q2_2026, YEAR_2026 } from './fixtures';

describe('scaledTarget', () => {
  it('multiplies per-month count targets by the months in the period: 30 visits a month, 90 a quarter', () => {
    expect(scaledTarget(30, 'activity_count', APRIL_2026)).toBe(30);
    expect(scaledTarget(30, 'activity_count', Q2_2026)).toBe(90);
    expect(scaledTarget(4, 'new_customers', YEAR_2026)).toBe(48);
  });

  it('leaves rates, amounts and manual scores alone, and no target stays none', () => {
    expect(scaledTarget(0.25, 'win_rate', YEAR_2026)).toBe(0.25);
    expect(scaledTarget(80, 'manual:csat', Q2_2026)).toBe(80);
    expect(scaledTarget(null, 'activity_count', Q2_2026)).toBeNull();
  });
});
