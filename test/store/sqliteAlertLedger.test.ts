import fc from 'fast-check';
import type { AlertEntryInput } from '../../src/store/alertLedger';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqliteStore';
import { manualClock } from './settingsStoreContract';

const T0 = Date.parse('2026-08-03T08:00:00Z');
const DAY = 86_400_000;

/** East team's lead → qualified conversion is 9 of 41 (22%), under the 30% threshold (kpi-spec §5). */
const eastLeadAlert: AlertEntryInput = {
  portalId: 7,
  period: '2026-Q3',
  pipelineId: 'default',
  fromStageId: 'appointmentscheduled',
  toStageId: 'qualifiedtobuy',
  groupType: 'team',
  groupId: 'east',
  taskId: null,
  severity: 'warning',
  rate: 9 / 41,
  n: 41,
  lastSeenAt: T0,
  resolvedAt: null,
};

let store: SqliteStore;
beforeEach(() => {
  store = openSqliteStore({ path: ':memory:', now: manualClock().now });
});
afterEach(() => store.close());

describe('the alert ledger', () => {
  it('finds nothing for an alert never raised', async () => {
    expect(await store.alerts.get(eastLeadAlert)).toBeNull();
    expect(await store.alerts.listOpen(7, '2026-Q3')).toEqual([]);
  });

  it('remembers the task raised for an alert and updates it on the next check instead of adding a second', async () => {
    await store.alerts.upsert({ ...eastLeadAlert, taskId: 'task-901' });
    // Next morning the rate fell further and the interval's upper bound is under 30%.
    const next = { ...eastLeadAlert, taskId: 'task-901', severity: 'critical' as const, rate: 8 / 45, n: 45, lastSeenAt: T0 + DAY };
    const r = await store.alerts.upsert(next);
    expect(r.ok).toBe(true);
    expect(await store.alerts.get(eastLeadAlert)).toEqual(next);
    expect(await store.alerts.listOpen(7, '2026-Q3')).toEqual([next]);
  });

  it('is idempotent: the same upsert repeated leaves one identical entry', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 200 }), async (times, n) => {
        const entry = { ...eastLeadAlert, groupId: `team-${n}`, n, rate: n === 0 ? null : Math.min(1, 9 / n) };
        for (let i = 0; i < times; i++) await store.alerts.upsert(entry);
        const open = (await store.alerts.listOpen(7, '2026-Q3')).filter((e) => e.groupId === entry.groupId);
        expect(open).toEqual([entry]);
      }),
      { numRuns: 30 },
    );
  });

  it('keeps team and owner alerts on the same pair apart', async () => {
    await store.alerts.upsert({ ...eastLeadAlert, taskId: 'task-team' });
    await store.alerts.upsert({ ...eastLeadAlert, groupType: 'owner', groupId: 'east', taskId: 'task-owner' });
    expect((await store.alerts.get(eastLeadAlert))?.taskId).toBe('task-team');
    expect((await store.alerts.get({ ...eastLeadAlert, groupType: 'owner' }))?.taskId).toBe('task-owner');
  });

  it('drops a resolved alert from the open list but keeps it for lookup', async () => {
    await store.alerts.upsert({ ...eastLeadAlert, taskId: 'task-901' });
    await store.alerts.upsert({ ...eastLeadAlert, taskId: 'task-901', severity: 'info', rate: 0.34, resolvedAt: T0 + 3 * DAY });
    expect(await store.alerts.listOpen(7, '2026-Q3')).toEqual([]);
    expect((await store.alerts.get(eastLeadAlert))?.resolvedAt).toBe(T0 + 3 * DAY);
  });

  it('scopes alerts by portal and period, and matches period labels however they are spelled', async () => {
    await store.alerts.upsert(eastLeadAlert);
    expect(await store.alerts.listOpen(8, '2026-Q3')).toEqual([]);
    expect(await store.alerts.listOpen(7, '2026-Q2')).toEqual([]);
    expect(await store.alerts.get({ ...eastLeadAlert, portalId: 8 })).toBeNull();
    expect(await store.alerts.listOpen(7, '2026q3')).toHaveLength(1);
    expect((await store.alerts.get({ ...eastLeadAlert, period: '2026Q3' }))?.period).toBe('2026-Q3');
  });

  it('refuses entries that could not be found again or are not rates', async () => {
    for (const bad of [{ period: 'Q3' }, { rate: 1.4 }, { n: -1 }, { groupId: '' }, { portalId: 0 }]) {
      const r = await store.alerts.upsert({ ...eastLeadAlert, ...bad });
      expect(r.ok ? null : r.error.kind).toBe('invalid');
    }
    expect(await store.alerts.listOpen(7, '2026-Q3')).toEqual([]);
  });
});
