import fc from 'fast-check';
import { parseAmount, parseBoolean, parseInstant } from '../../src/domain/parseValue';

describe('reading HubSpot property strings (kpi-spec §2: unknown is never zero)', () => {
  it('reads amounts, and treats an empty amount as unknown rather than 0', () => {
    expect(parseAmount('1200.50')).toEqual({ ok: true, value: 1200.5 });
    expect(parseAmount('')).toEqual({ ok: true, value: null });
    expect(parseAmount(null)).toEqual({ ok: true, value: null });
    expect(parseAmount(undefined)).toEqual({ ok: true, value: null });
  });

  it('refuses amounts that would become NaN, naming the value', () => {
    const bad = parseAmount('12,000');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toContain('12,000');
    expect(parseAmount('abc').ok).toBe(false);
    expect(parseAmount('1e999').ok).toBe(false);
  });

  it('reads HubSpot booleans and refuses anything else', () => {
    expect(parseBoolean('true')).toEqual({ ok: true, value: true });
    expect(parseBoolean('false')).toEqual({ ok: true, value: false });
    expect(parseBoolean('yes').ok).toBe(false);
  });

  it('reads ISO instants, date-only values and epoch milliseconds to the same instant', () => {
    const at = Date.parse('2026-03-31T20:00:00.000Z');
    expect(parseInstant('2026-03-31T20:00:00.000Z')).toEqual({ ok: true, value: at });
    expect(parseInstant('2026-03-31T20:00:00Z')).toEqual({ ok: true, value: at });
    expect(parseInstant(String(at))).toEqual({ ok: true, value: at });
    expect(parseInstant('2026-04-01T04:00:00+08:00')).toEqual({ ok: true, value: at });
    expect(parseInstant('2026-03-31')).toEqual({ ok: true, value: Date.parse('2026-03-31T00:00:00Z') });
  });

  it('refuses dates that are not dates', () => {
    expect(parseInstant('31/03/2026').ok).toBe(false);
    expect(parseInstant('yesterday').ok).toBe(false);
  });

  it('round-trips any instant HubSpot could send, in either form', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000_000_000, max: 4_102_444_800_000 }), (ms) => {
        const a = parseInstant(new Date(ms).toISOString());
        const b = parseInstant(String(ms));
        return a.ok && b.ok && a.value === ms && b.value === ms;
      }),
    );
  });
});
