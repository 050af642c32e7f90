import fc from 'fast-check';
import { defaultSettings } from '../../src/settings/defaultSettings';
import type { Settings } from '../../src/settings/settingsSchema';
import { CorruptRecordError } from '../../src/store/corruptRecordError';
import type { SettingsStore, SettingsVersion } from '../../src/store/settingsStore';

/** What a store factory hands the contract suite. */
export interface SettingsStoreHarness {
  store: SettingsStore;
  /** Overwrites the stored settings text of one version, as a bad hand edit or a half-written migration would. */
  corrupt(portalId: number, version: number, text: string): Promise<void>;
  close(): Promise<void>;
}

export interface ContractOptions {
  /** fast-check runs of the model test; fewer for a store behind HTTP. */
  propertyRuns?: number;
}

/** A manual clock: the stores must stamp versions with it, never with the wall clock. */
export function manualClock(startIso = '2026-07-01T09:00:00.000Z') {
  let t = Date.parse(startIso);
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

/** The defaults with a recognisable change: a fiscal year starting in `month`, a team quota. */
export function settingsWith(month: number, quota = 1_200_000): Settings {
  return {
    ...defaultSettings(),
    fiscalYearStartMonth: month,
    quotas: [{ teamId: 'east', period: '2026', amount: quota, split: 'even' }],
  };
}

const MINUTE = 60_000;

function expectOk<T, E>(r: { ok: true; value: T } | { ok: false; error: E }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

/**
 * The behaviour every SettingsStore must have, run by each store's own test file
 * with a factory that opens a fresh, empty store on the given clock.
 */
export function settingsStoreContract(open: (now: () => number) => Promise<SettingsStoreHarness>, options: ContractOptions = {}): void {
  let h: SettingsStoreHarness;
  let store: SettingsStore;
  let clock: ReturnType<typeof manualClock>;
  let nextPortal = 1000;
  /** A portal no other test has touched, so the suite holds however the factory shares state. */
  const freshPortal = () => nextPortal++;

  beforeEach(async () => {
    clock = manualClock();
    h = await open(clock.now);
    store = h.store;
  });
  afterEach(async () => h.close());

  describe('first save', () => {
    it('reports nothing saved for a new portal', async () => {
      const portal = freshPortal();
      expect(await store.getCurrent(portal)).toBeNull();
      expect(await store.history(portal)).toEqual([]);
      expect(await store.getVersion(portal, 1)).toBeNull();
    });

    it('saves version 1 when the admin expects version 0, stamped with the clock and the user', async () => {
      const portal = freshPortal();
      const saved = expectOk(await store.save(portal, settingsWith(4), { expectedVersion: 0, savedBy: 'ana@example.com' }));
      expect(saved).toEqual({ version: 1, settings: settingsWith(4), savedAt: '2026-07-01T09:00:00.000Z', savedBy: 'ana@example.com', restoredFrom: null });
      expect(await store.getCurrent(portal)).toEqual(saved);
      expect(await store.getVersion(portal, 1)).toEqual(saved);
    });

    it('refuses a first save that expects a version which never existed', async () => {
      const portal = freshPortal();
      const r = await store.save(portal, settingsWith(4), { expectedVersion: 3, savedBy: 'ana' });
      expect(r).toEqual({ ok: false, error: expect.objectContaining({ kind: 'conflict', expectedVersion: 3, currentVersion: 0 }) });
      expect(await store.getCurrent(portal)).toBeNull();
    });

    it('refuses settings the schema refuses and stores nothing', async () => {
      const portal = freshPortal();
      const bad = { ...settingsWith(4), fiscalYearStartMonth: 13 };
      const r = await store.save(portal, bad, { expectedVersion: 0, savedBy: 'ana' });
      expect(r.ok ? null : r.error.kind).toBe('invalid');
      expect(await store.history(portal)).toEqual([]);
    });

    it('refuses a save with no user named', async () => {
      const r = await store.save(freshPortal(), settingsWith(4), { expectedVersion: 0, savedBy: '  ' });
      expect(r.ok ? null : r.error.kind).toBe('invalid');
    });
  });

  describe('conflicts', () => {
    it('refuses a save based on a stale version and changes nothing', async () => {
      const portal = freshPortal();
      expectOk(await store.save(portal, settingsWith(1), { expectedVersion: 0, savedBy: 'ana' }));
      clock.advance(MINUTE);
      const bob = expectOk(await store.save(portal, settingsWith(4), { expectedVersion: 1, savedBy: 'bob' }));
      clock.advance(MINUTE);
      // Ana still has version 1 open in her browser.
      const r = await store.save(portal, settingsWith(7), { expectedVersion: 1, savedBy: 'ana' });
      expect(r).toEqual({ ok: false, error: expect.objectContaining({ kind: 'conflict', expectedVersion: 1, currentVersion: 2 }) });
      expect(await store.getCurrent(portal)).toEqual(bob);
      expect((await store.history(portal)).map((v) => v.version)).toEqual([2, 1]);
    });

    it('lets exactly one of two concurrent saves on the same version win', async () => {
      const portal = freshPortal();
      expectOk(await store.save(portal, settingsWith(1), { expectedVersion: 0, savedBy: 'ana' }));
      const results = await Promise.all([
        store.save(portal, settingsWith(4), { expectedVersion: 1, savedBy: 'ana' }),
        store.save(portal, settingsWith(7), { expectedVersion: 1, savedBy: 'bob' }),
      ]);
      const winners = results.filter((r) => r.ok);
      const losers = results.filter((r) => !r.ok);
      expect(winners).toHaveLength(1);
      expect(losers).toEqual([{ ok: false, error: expect.objectContaining({ kind: 'conflict', expectedVersion: 1, currentVersion: 2 }) }]);
      const current = await store.getCurrent(portal);
      expect(current?.version).toBe(2);
      expect(current).toEqual(winners[0]?.ok ? winners[0].value : undefined);
      expect(await store.history(portal)).toHaveLength(2);
    });

    it('lets exactly one of five concurrent first saves win', async () => {
      const portal = freshPortal();
      const results = await Promise.all(
        [1, 2, 3, 4, 5].map((m) => store.save(portal, settingsWith(m), { expectedVersion: 0, savedBy: `admin${m}` })),
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await store.history(portal)).toHaveLength(1);
    });
  });

  describe('history and restore', () => {
    async function threeVersions(portal: number): Promise<SettingsVersion[]> {
      const saved: SettingsVersion[] = [];
      for (const [i, month] of [1, 4, 7].entries()) {
        saved.push(expectOk(await store.save(portal, settingsWith(month), { expectedVersion: i, savedBy: `admin${i}` })));
        clock.advance(MINUTE);
      }
      return saved;
    }

    it('lists every version newest first, without the settings', async () => {
      const portal = freshPortal();
      await threeVersions(portal);
      expect(await store.history(portal)).toEqual([
        { version: 3, savedAt: '2026-07-01T09:02:00.000Z', savedBy: 'admin2', restoredFrom: null },
        { version: 2, savedAt: '2026-07-01T09:01:00.000Z', savedBy: 'admin1', restoredFrom: null },
        { version: 1, savedAt: '2026-07-01T09:00:00.000Z', savedBy: 'admin0', restoredFrom: null },
      ]);
    });

    it('reads back any old version exactly as saved', async () => {
      const portal = freshPortal();
      const saved = await threeVersions(portal);
      expect(await store.getVersion(portal, 2)).toEqual(saved[1]);
      expect(await store.getVersion(portal, 4)).toBeNull();
    });

    it('restores by writing a new version equal to the old one and keeps every version', async () => {
      const portal = freshPortal();
      await threeVersions(portal);
      const restored = expectOk(await store.restore(portal, 1, { expectedVersion: 3, savedBy: 'carol' }));
      expect(restored).toEqual({ version: 4, settings: settingsWith(1), savedAt: '2026-07-01T09:03:00.000Z', savedBy: 'carol', restoredFrom: 1 });
      expect(await store.getCurrent(portal)).toEqual(restored);
      expect((await store.history(portal)).map((v) => [v.version, v.restoredFrom])).toEqual([
        [4, 1],
        [3, null],
        [2, null],
        [1, null],
      ]);
      expect((await store.getVersion(portal, 3))?.settings).toEqual(settingsWith(7));
    });

    it('refuses a restore based on a stale version and changes nothing', async () => {
      const portal = freshPortal();
      await threeVersions(portal);
      const r = await store.restore(portal, 1, { expectedVersion: 2, savedBy: 'carol' });
      expect(r.ok ? null : r.error).toEqual(expect.objectContaining({ kind: 'conflict', currentVersion: 3 }));
      expect((await store.getCurrent(portal))?.version).toBe(3);
    });

    it('refuses to restore a version that does not exist', async () => {
      const portal = freshPortal();
      await threeVersions(portal);
      for (const missing of [0, 9]) {
        const r = await store.restore(portal, missing, { expectedVersion: 3, savedBy: 'carol' });
        expect(r.ok ? null : r.error.kind).toBe('not_found');
      }
      expect(await store.history(portal)).toHaveLength(3);
    });
  });

  describe('portal isolation', () => {
    it('never shows one portal the versions of another', async () => {
      const a = freshPortal();
      const b = freshPortal();
      expectOk(await store.save(a, settingsWith(4), { expectedVersion: 0, savedBy: 'ana' }));
      expectOk(await store.save(a, settingsWith(5), { expectedVersion: 1, savedBy: 'ana' }));
      expect(await store.getCurrent(b)).toBeNull();
      expect(await store.history(b)).toEqual([]);
      expect(await store.getVersion(b, 1)).toBeNull();
      expect((await store.restore(b, 1, { expectedVersion: 0, savedBy: 'bob' })).ok).toBe(false);

      // B numbers its own versions from 1, and A is untouched by it.
      const bFirst = expectOk(await store.save(b, settingsWith(10), { expectedVersion: 0, savedBy: 'bob' }));
      expect(bFirst.version).toBe(1);
      expect((await store.getCurrent(a))?.settings).toEqual(settingsWith(5));
      expect((await store.getVersion(a, 1))?.settings).toEqual(settingsWith(4));
      expect((await store.history(a)).map((v) => v.savedBy)).toEqual(['ana', 'ana']);
    });
  });

  describe('corrupt stored settings', () => {
    it('rejects reading a version whose JSON is broken with a clear error naming it', async () => {
      const portal = freshPortal();
      expectOk(await store.save(portal, settingsWith(4), { expectedVersion: 0, savedBy: 'ana' }));
      await h.corrupt(portal, 1, '{"roles": {');
      await expect(store.getCurrent(portal)).rejects.toThrow(CorruptRecordError);
      await expect(store.getVersion(portal, 1)).rejects.toThrow(/settings version 1 of portal \d+ is corrupt: the stored settings are not JSON/);
    });

    it('rejects JSON that no longer matches the settings schema', async () => {
      const portal = freshPortal();
      expectOk(await store.save(portal, settingsWith(4), { expectedVersion: 0, savedBy: 'ana' }));
      await h.corrupt(portal, 1, JSON.stringify({ ...settingsWith(4), grades: 'A' }));
      await expect(store.getCurrent(portal)).rejects.toThrow(/do not match the schema: grades/);
    });

    it('still lists history, refuses to restore the corrupt version, and accepts a new save over it', async () => {
      const portal = freshPortal();
      expectOk(await store.save(portal, settingsWith(4), { expectedVersion: 0, savedBy: 'ana' }));
      await h.corrupt(portal, 1, 'not json');
      expect((await store.history(portal)).map((v) => v.version)).toEqual([1]);
      await expect(store.restore(portal, 1, { expectedVersion: 1, savedBy: 'ana' })).rejects.toThrow(CorruptRecordError);
      const repaired = expectOk(await store.save(portal, settingsWith(6), { expectedVersion: 1, savedBy: 'ana' }));
      expect(await store.getCurrent(portal)).toEqual(repaired);
    });
  });

  describe('against a model', () => {
    it('accepts a write exactly when it names the current version, and keeps every accepted write', async () => {
      const step = fc.record({
        kind: fc.constantFrom('save' as const, 'restore' as const),
        month: fc.integer({ min: 1, max: 12 }),
        /** How far the admin's view lags behind: 0 is up to date. */
        lag: fc.nat({ max: 2 }),
        target: fc.integer({ min: 0, max: 6 }),
      });
      await fc.assert(
        fc.asyncProperty(fc.array(step, { maxLength: 8 }), async (steps) => {
          const portal = freshPortal();
          const model: Settings[] = [];
          for (const s of steps) {
            const expectedVersion = Math.max(0, model.length - s.lag);
            const opts = { expectedVersion, savedBy: 'prop' };
            const r = s.kind === 'save' ? await store.save(portal, settingsWith(s.month), opts) : await store.restore(portal, s.target, opts);
            const copied = s.kind === 'save' ? settingsWith(s.month) : model[s.target - 1];
            const accepted = expectedVersion === model.length && copied !== undefined;
            expect(r.ok).toBe(accepted);
            if (accepted) model.push(copied);
          }
          const history = await store.history(portal);
          expect(history.map((v) => v.version)).toEqual(model.map((_, i) => model.length - i));
          expect((await store.getCurrent(portal))?.settings ?? null).toEqual(model.at(-1) ?? null);
        }),
        { numRuns: options.propertyRuns ?? 50 },
      );
    });
  });
}
