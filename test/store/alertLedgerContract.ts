import fc from 'fast-check';
import type { AlertEntry, AlertEntryInput, AlertKeyInput, AlertLedger } from '../../src/store/alertLedger';
import { CorruptRecordError } from '../../src/store/corruptRecordError';

/** What a ledger factory hands the contract suite. */
export interface AlertLedgerHarness {
  ledger: AlertLedger;
  /** Overwrites one stored number of an entry behind the ledger's back, as a bad hand edit would. */
  corrupt(key: AlertKeyInput, field: 'rate' | 'n', value: number): Promise<void>;
  close(): Promise<void>;
}

export interface AlertLedgerContractOptions {
  /** fast-check runs of the property tests; fewer for a ledger behind HTTP. */
  propertyRuns?: number;
}

const T0 = Date.parse('2026-08-03T08:00:00Z');
const DAY = 86_400_000;

/** East team's lead → qualified conversion is 9 of 41 (22%), under the 30% threshold (kpi-spec §5). */
export const eastLeadAlert: AlertEntryInput = {
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

/** The SQLite ledger's order: pipeline, stages, group. */
const keyOrder = (a: AlertEntryInput, b: AlertEntryInput): number => {
  const parts = (e: AlertEntryInput) => [e.pipelineId, e.fromStageId, e.toStageId, e.groupType, e.groupId].join('\u0000');
  return parts(a) < parts(b) ? -1 : parts(a) > parts(b) ? 1 : 0;
};

/**
 * The behaviour every AlertLedger must have (kpi-spec §5: a re-run of the funnel check updates
 * the alert it raised instead of assigning the manager a second task), run by each ledger's
 * own test file with a factory that opens a fresh, empty ledger.
 */
export function alertLedgerContract(open: () => Promise<AlertLedgerHarness>, options: AlertLedgerContractOptions = {}): void {
  let h: AlertLedgerHarness;
  let ledger: AlertLedger;
  const numRuns = options.propertyRuns ?? 30;
  beforeEach(async () => {
    h = await open();
    ledger = h.ledger;
  });
  afterEach(async () => h.close());

  it('finds nothing for an alert never raised', async () => {
    expect(await ledger.get(eastLeadAlert)).toBeNull();
    expect(await ledger.listOpen(7, '2026-Q3')).toEqual([]);
  });

  it('remembers the task raised for an alert and updates it on the next check instead of adding a second', async () => {
    await ledger.upsert({ ...eastLeadAlert, taskId: 'task-901' });
    // Next morning the rate fell further and the interval's upper bound is under 30%.
    const next = { ...eastLeadAlert, taskId: 'task-901', severity: 'critical' as const, rate: 8 / 45, n: 45, lastSeenAt: T0 + DAY };
    const r = await ledger.upsert(next);
    expect(r.ok).toBe(true);
    expect(await ledger.get(eastLeadAlert)).toEqual(next);
    expect(await ledger.listOpen(7, '2026-Q3')).toEqual([next]);
  });

  it('is idempotent: the same upsert repeated leaves one identical entry', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 200 }), async (times, n) => {
        const entry = { ...eastLeadAlert, groupId: `team-${n}`, n, rate: n === 0 ? null : Math.min(1, 9 / n) };
        for (let i = 0; i < times; i++) await ledger.upsert(entry);
        const open = (await ledger.listOpen(7, '2026-Q3')).filter((e) => e.groupId === entry.groupId);
        expect(open).toEqual([entry]);
      }),
      { numRuns },
    );
  });

  it('leaves one entry, one of the written ones, when five checks write the same alert at once', async () => {
    const writes = [1, 2, 3, 4, 5].map((i) => ({ ...eastLeadAlert, taskId: `task-${i}`, lastSeenAt: T0 + i }));
    const results = await Promise.all(writes.map((w) => ledger.upsert(w)));
    expect(results.every((r) => r.ok)).toBe(true);
    const open = await ledger.listOpen(7, '2026-Q3');
    expect(open).toHaveLength(1);
    expect(writes).toContainEqual(open[0]);
    expect(await ledger.get(eastLeadAlert)).toEqual(open[0]);
  });

  it('keeps team and owner alerts on the same pair apart', async () => {
    await ledger.upsert({ ...eastLeadAlert, taskId: 'task-team' });
    await ledger.upsert({ ...eastLeadAlert, groupType: 'owner', groupId: 'east', taskId: 'task-owner' });
    expect((await ledger.get(eastLeadAlert))?.taskId).toBe('task-team');
    expect((await ledger.get({ ...eastLeadAlert, groupType: 'owner' }))?.taskId).toBe('task-owner');
  });

  it('keeps keys apart whose ids only differ in where a colon falls', async () => {
    const a = { ...eastLeadAlert, pipelineId: 'p:1', fromStageId: 's', taskId: 'task-a' };
    const b = { ...eastLeadAlert, pipelineId: 'p', fromStageId: '1:s', taskId: 'task-b' };
    await ledger.upsert(a);
    await ledger.upsert(b);
    expect((await ledger.get(a))?.taskId).toBe('task-a');
    expect((await ledger.get(b))?.taskId).toBe('task-b');
    expect(await ledger.listOpen(7, '2026-Q3')).toHaveLength(2);
  });

  it('drops a resolved alert from the open list but keeps it for lookup', async () => {
    await ledger.upsert({ ...eastLeadAlert, taskId: 'task-901' });
    await ledger.upsert({ ...eastLeadAlert, taskId: 'task-901', severity: 'info', rate: 0.34, resolvedAt: T0 + 3 * DAY });
    expect(await ledger.listOpen(7, '2026-Q3')).toEqual([]);
    expect((await ledger.get(eastLeadAlert))?.resolvedAt).toBe(T0 + 3 * DAY);
  });

  it('reopens a resolved alert that breaches again, clearing its resolution and old task', async () => {
    await ledger.upsert({ ...eastLeadAlert, taskId: 'task-901', resolvedAt: T0 + DAY });
    // The week after, East slips to 10 of 44 before a new task is raised.
    const reopened = { ...eastLeadAlert, taskId: null, rate: 10 / 44, n: 44, lastSeenAt: T0 + 7 * DAY };
    await ledger.upsert(reopened);
    expect(await ledger.get(eastLeadAlert)).toEqual(reopened);
    expect(await ledger.listOpen(7, '2026-Q3')).toEqual([reopened]);
  });

  it('scopes alerts by portal and period, and matches period labels however they are spelled', async () => {
    await ledger.upsert(eastLeadAlert);
    expect(await ledger.listOpen(8, '2026-Q3')).toEqual([]);
    expect(await ledger.listOpen(7, '2026-Q2')).toEqual([]);
    expect(await ledger.get({ ...eastLeadAlert, portalId: 8 })).toBeNull();
    expect(await ledger.listOpen(7, '2026q3')).toHaveLength(1);
    expect((await ledger.get({ ...eastLeadAlert, period: '2026Q3' }))?.period).toBe('2026-Q3');
  });

  it('refuses entries that could not be found again or are not rates', async () => {
    for (const bad of [{ period: 'Q3' }, { rate: 1.4 }, { n: -1 }, { groupId: '' }, { portalId: 0 }]) {
      const r = await ledger.upsert({ ...eastLeadAlert, ...bad });
      expect(r.ok ? null : r.error.kind).toBe('invalid');
    }
    expect(await ledger.listOpen(7, '2026-Q3')).toEqual([]);
  });

  it('answers a bad portal id or period label with nothing rather than a guess', async () => {
    await ledger.upsert(eastLeadAlert);
    expect(await ledger.listOpen(0, '2026-Q3')).toEqual([]);
    expect(await ledger.listOpen(7, 'Q3')).toEqual([]);
    expect(await ledger.get({ ...eastLeadAlert, period: 'Q3' })).toBeNull();
  });

  it('rejects reading an entry whose stored rate is no longer a rate, naming it corrupt', async () => {
    await ledger.upsert(eastLeadAlert);
    await h.corrupt(eastLeadAlert, 'rate', 1.4);
    await expect(ledger.get(eastLeadAlert)).rejects.toThrow(CorruptRecordError);
    await expect(ledger.listOpen(7, '2026-Q3')).rejects.toThrow(/is corrupt: rate/);
  });

  it('lists exactly the open entries of the portal and period, in key order, whatever order they were written in', async () => {
    let portalId = 100;
    const alert = fc.record({
      pipelineId: fc.constantFrom('default', '7741'),
      pair: fc.constantFrom({ from: 'appointmentscheduled', to: 'qualifiedtobuy' }, { from: 'qualifiedtobuy', to: 'closedwon' }),
      groupType: fc.constantFrom('team' as const, 'owner' as const),
      groupId: fc.constantFrom('east', 'south', '41'),
      period: fc.constantFrom('2026-Q3', '2026-Q2'),
      resolved: fc.boolean(),
    });
    const keyOf = (a: { pipelineId: string; pair: { from: string; to: string }; groupType: string; groupId: string; period: string }) =>
      [a.pipelineId, a.pair.from, a.pair.to, a.groupType, a.groupId, a.period].join('|');
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(alert, { selector: keyOf, maxLength: 8 }), async (alerts) => {
        portalId += 1;
        const entries: AlertEntry[] = alerts.map((a, i) => ({
          ...eastLeadAlert,
          portalId,
          period: a.period,
          pipelineId: a.pipelineId,
          fromStageId: a.pair.from,
          toStageId: a.pair.to,
          groupType: a.groupType,
          groupId: a.groupId,
          taskId: `task-${i}`,
          resolvedAt: a.resolved ? T0 + DAY : null,
        }));
        for (const e of entries) expect((await ledger.upsert(e)).ok).toBe(true);
        const expected = entries.filter((e) => e.period === '2026-Q3' && e.resolvedAt === null).sort(keyOrder);
        expect(await ledger.listOpen(portalId, '2026-Q3')).toEqual(expected);
      }),
      { numRuns },
    );
  });
}
