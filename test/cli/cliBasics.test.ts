import fc from 'fast-check';
import { parseAsOf, parsePeriodArg, parseWholeNumber, todayUtcMidnight } from '../../src/cli/cliArgs';
import { displayWidth, formatTable } from '../../src/cli/formatTable';
import { amount, formatByUnit, percent } from '../../src/cli/formatValue';
import { CliError } from '../../src/cli/cliError';
import { expectOneLineError, kpi } from './cliFixture';

describe('option parsing', () => {
  it('reads --as-of as ISO date or instant, and refuses anything else', () => {
    expect(parseAsOf('2026-09-30')).toBe(Date.parse('2026-09-30T00:00:00Z'));
    expect(parseAsOf('2026-09-30T12:00:00+08:00')).toBe(Date.parse('2026-09-30T04:00:00Z'));
    expect(() => parseAsOf('')).toThrow(CliError);
    expect(() => parseAsOf('next week')).toThrow('--as-of: "next week" is not a date');
  });

  it('reads periods and whole numbers', () => {
    expect(parsePeriodArg('2026-q3')).toEqual({ kind: 'quarter', year: 2026, index: 3 });
    expect(() => parsePeriodArg('Q3')).toThrow(CliError);
    expect(parseWholeNumber('--deals', '1000000')).toBe(1_000_000);
    expect(() => parseWholeNumber('--deals', '1e6')).toThrow(CliError);
    expect(() => parseWholeNumber('--sizes', '0', 1)).toThrow('--sizes: "0" is not a whole number ≥ 1');
  });

  it('rounds any instant of a day down to 00:00 UTC of that day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (now) => {
        const midnight = todayUtcMidnight(() => now);
        expect(midnight % 86_400_000).toBe(0);
        expect(now - midnight).toBeGreaterThanOrEqual(0);
        expect(now - midnight).toBeLessThan(86_400_000);
      }),
    );
  });
});

describe('terminal formatting', () => {
  it('counts Chinese characters as two columns so tables stay aligned', () => {
    expect(displayWidth('华南 South')).toBe(10);
    const table = formatTable(['team', 'rate'], [['华南', '18.0%'], ['East', '56.0%']], ['left', 'right']);
    const lines = table.split('\n');
    expect(lines).toEqual(['team   rate', '----  -----', '华南  18.0%', 'East  56.0%']);
    expect(new Set(lines.map(displayWidth))).toEqual(new Set([11]));
  });

  it('shows ratios as percentages, amounts grouped, and unknown as a dash, never 0', () => {
    expect(percent(0.1834)).toBe('18.3%');
    expect(amount(1234567.4)).toBe('1,234,567');
    expect(formatByUnit(null, 'ratio')).toBe('—');
    expect(formatByUnit(12.25, 'days')).toBe('12.3 d');
    expect(formatByUnit(0, 'count')).toBe('0');
  });
});

describe('kpi command line', () => {
  it('prints help listing every command, exit 0', async () => {
    const r = await kpi(['--help']);
    expect(r.code).toBe(0);
    for (const name of ['demo-snapshot', 'funnel', 'scorecard', 'bench']) expect(r.stdout).toContain(name);
  });

  it('refuses an unknown command or option with one line', async () => {
    expectOneLineError(await kpi(['forecast']), /unknown command 'forecast'/);
    expectOneLineError(await kpi(['bench', '--colour']), /unknown option '--colour'/);
  });
});
