import fc from 'fast-check';
import { DateTime } from 'luxon';
import { nextRunAt } from '../../src/server/nextRunAt';

const at = (iso: string) => DateTime.fromISO(iso, { setZone: true }).toMillis();
const DAY = 86_400_000;

describe('nextRunAt: the daily alert scan at KPI_SCAN_AT, portal time', () => {
  it('in Asia/Shanghai, 07:00 local is 23:00 UTC the day before', () => {
    // 22:30 UTC on 14 Jan is 06:30 on 15 Jan in Shanghai: the scan is half an hour away.
    expect(nextRunAt(at('2026-01-14T22:30:00Z'), '07:00', 'Asia/Shanghai')).toBe(at('2026-01-14T23:00:00Z'));
    // 23:30 UTC is 07:30 in Shanghai: today's scan has passed, the next is tomorrow 07:00.
    expect(nextRunAt(at('2026-01-14T23:30:00Z'), '07:00', 'Asia/Shanghai')).toBe(at('2026-01-15T23:00:00Z'));
  });

  it('around midnight: just before and just after 00:00 local', () => {
    expect(nextRunAt(at('2026-03-31T23:59:00+08:00'), '07:00', 'Asia/Shanghai')).toBe(at('2026-04-01T07:00:00+08:00'));
    expect(nextRunAt(at('2026-04-01T00:01:00+08:00'), '07:00', 'Asia/Shanghai')).toBe(at('2026-04-01T07:00:00+08:00'));
    expect(nextRunAt(at('2026-04-01T23:59:00+08:00'), '00:00', 'Asia/Shanghai')).toBe(at('2026-04-02T00:00:00+08:00'));
    expect(nextRunAt(at('2026-04-02T00:00:00+08:00'), '00:00', 'Asia/Shanghai')).toBe(at('2026-04-03T00:00:00+08:00'));
  });

  it('at exactly the scan time the next run is tomorrow (a run never re-schedules itself for now)', () => {
    expect(nextRunAt(at('2026-06-01T07:00:00Z'), '07:00', 'UTC')).toBe(at('2026-06-02T07:00:00Z'));
    expect(nextRunAt(at('2026-06-01T06:59:59.999Z'), '07:00', 'UTC')).toBe(at('2026-06-01T07:00:00Z'));
  });

  it('across a year end', () => {
    expect(nextRunAt(at('2026-12-31T08:00:00+08:00'), '07:00', 'Asia/Shanghai')).toBe(at('2027-01-01T07:00:00+08:00'));
  });

  it('keeps 07:00 local across a daylight-saving change (New York, 8 March 2026): 23 hours apart', () => {
    const saturday = nextRunAt(at('2026-03-07T08:00:00-05:00'), '07:00', 'America/New_York');
    expect(saturday).toBe(at('2026-03-08T07:00:00-04:00'));
    expect(saturday - at('2026-03-07T07:00:00-05:00')).toBe(23 * 3_600_000);
  });

  it('moves a time that does not exist that day (the DST gap) forward', () => {
    expect(nextRunAt(at('2026-03-08T01:00:00-05:00'), '02:30', 'America/New_York')).toBe(at('2026-03-08T03:30:00-04:00'));
  });

  it('refuses a malformed time and an unknown zone', () => {
    expect(() => nextRunAt(0, '7am', 'UTC')).toThrow();
    expect(() => nextRunAt(0, '24:00', 'UTC')).toThrow();
    expect(() => nextRunAt(0, '07:00', 'Mars/Olympus')).toThrow(/time zone/);
  });

  it('is always in the future, within a day (plus a DST hour), and reads HH:MM on the local clock', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.constantFrom('UTC', 'Asia/Shanghai', 'Europe/Berlin', 'Asia/Kolkata'),
        (now, hour, minute, zone) => {
          const hhmm = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const next = nextRunAt(now, hhmm, zone);
          const local = DateTime.fromMillis(next, { zone });
          return next > now && next - now <= DAY + 3_600_000 && local.toFormat('HH:mm') === hhmm && local.second === 0;
        },
      ),
    );
  });
});
