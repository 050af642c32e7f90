import type { Roster } from '../../src/crm/crmPort';
import type { CurrentSettings } from '../../src/handlers/currentSettings';
import { scoredWith } from '../../src/handlers/scoredWith';
import { defaultSettings } from '../../src/settings/defaultSettings';

const roster: Roster = {
  owners: [{ id: '201', userId: 51000010, email: 'ana@example.cn', name: 'Ana Lee', teamIds: [], primaryTeamId: null, active: true }],
  teams: [],
};
const calendar = { timeZone: 'Asia/Shanghai', fiscalYearStartMonth: 1 };
const savedOn = (savedAt: string | null, version = 4): CurrentSettings => ({ version, settings: defaultSettings(), savedAt, savedBy: 'user 51000010', fallback: null });

describe('scoredWith (which settings a scorecard was scored with)', () => {
  it('says the settings were saved after the period shown ended (3 Nov, after Q3), by whom', () => {
    expect(scoredWith(savedOn('2026-11-03T02:00:00.000Z'), roster, calendar, '2026-Q3', ['2026-Q2'])).toEqual({
      version: 4, savedAt: '2026-11-03T02:00:00.000Z', savedBy: 'Ana Lee (ana@example.cn)', afterPeriodEnded: true, afterEarlierPeriods: true,
    });
  });

  it('for a period still running, says only that the trend’s earlier periods were rescored', () => {
    const note = scoredWith(savedOn('2026-11-03T02:00:00.000Z'), roster, calendar, '2026-Q4', ['2026-Q2', '2026-Q3']);
    expect([note?.afterPeriodEnded, note?.afterEarlierPeriods]).toEqual([false, true]);
  });

  it('reads the period end in the portal’s time zone: Q3 ends at 16:00 UTC on 30 Sep in Shanghai', () => {
    expect(scoredWith(savedOn('2026-09-30T15:59:00.000Z'), roster, calendar, '2026-Q3', [])?.afterPeriodEnded).toBe(false);
    expect(scoredWith(savedOn('2026-09-30T16:00:00.000Z'), roster, calendar, '2026-Q3', [])?.afterPeriodEnded).toBe(true);
  });

  it('says nothing while no settings were ever saved, and names the version actually used after a fallback', () => {
    expect(scoredWith(savedOn(null, 0), roster, calendar, '2026-Q3', [])).toBeNull();
    const fallback = { ...savedOn('2026-10-01T00:00:00.000Z', 7), fallback: { corruptVersion: 7, usedVersion: 6, reason: 'not JSON' } };
    expect(scoredWith(fallback, roster, calendar, '2026-Q3', [])?.version).toBe(6);
  });
});
