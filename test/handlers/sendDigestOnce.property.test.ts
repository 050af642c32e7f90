import fc from 'fast-check';
import { CrmError } from '../../src/crm/crmError';
import type { CrmPort } from '../../src/crm/crmPort';
import { crmPortFromSnapshot } from '../../src/crm/crmPortFromSnapshot';
import type { SnapshotCrmPort } from '../../src/crm/crmPortFromSnapshot';
import { systemRunner } from '../../src/handlers/handlerDeps';
import { sendDigests } from '../../src/handlers/sendDigests';
import { AS_OF, PORTAL_ID, dataOf, demoData, harness, tempStores } from './handlerFixture';

/** HubSpot's search trails a create by this long here; a task created later than `clock - LAG_MS` is not found yet. */
const LAG_MS = 5_000;
const openStore = tempStores();
const data = demoData(600);
const runner = systemRunner(PORTAL_ID, 'scheduled digests');

/** Killed before or after HubSpot made the task, or HubSpot making it and answering 504 (the run goes on). */
type Kill = { at: number; when: 'before_create' | 'after_create' | 'gateway_timeout' } | null;

/** The snapshot port as HubSpot behaves around a run: search lagging creates, the run killed at its `kill.at`-th create. */
function hubspotAround(port: SnapshotCrmPort, clock: number, kill: Kill): CrmPort {
  let creates = 0;
  return {
    ...port,
    tasksBySubject: async (ownerId, subject) => (await port.tasksBySubject(ownerId, subject)).filter((t) => (t.dueAt ?? 0) <= clock - LAG_MS),
    createTask: async (draft) => {
      creates++;
      if (kill === null || creates !== kill.at) return port.createTask(draft);
      if (kill.when !== 'before_create') await port.createTask(draft);
      if (kill.when === 'gateway_timeout') throw new CrmError({ kind: 'unavailable', status: 504, message: 'gateway timeout' });
      throw new Error('the backend was killed');
    },
  };
}

const references = (port: SnapshotCrmPort) => [...port.tasks.values()].map((t) => /kpi-digest:\S+/.exec(t.body)?.[0] ?? 'none');
const duplicates = (refs: string[]) => refs.length - new Set(refs).size;

describe('sendDigestOnce: however runs are killed and spaced, each digest becomes one task', () => {
  let expected: number;
  beforeAll(async () => {
    const h = await harness(openStore, data);
    const port = crmPortFromSnapshot(data);
    expected = dataOf(await sendDigests({}, { ...h.deps(runner, port), digests: h.store.digests })).created.length;
  });

  it('never two tasks for a digest, and every digest has its task once a run comes after the claims settled', async () => {
    const run = fc.record({
      gapMs: fc.constantFrom(1_000, 4_000, 60_000, 11 * 60_000, 3_600_000),
      kill: fc.option(fc.record({ at: fc.integer({ min: 1, max: 6 }), when: fc.constantFrom('before_create' as const, 'after_create' as const, 'gateway_timeout' as const) }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(run, { minLength: 1, maxLength: 5 }), async (runs) => {
        const h = await harness(openStore, data);
        const port = crmPortFromSnapshot(data);
        let clock = AS_OF;
        for (const r of runs) {
          clock += r.gapMs;
          await sendDigests({}, { ...h.deps(runner, hubspotAround(port, clock, r.kill), clock), digests: h.store.digests });
          expect(duplicates(references(port))).toBe(0);
        }
        clock += 86_400_000;
        const last = dataOf(await sendDigests({}, { ...h.deps(runner, hubspotAround(port, clock, null), clock), digests: h.store.digests }));
        expect(last.pending).toBe(0);
        expect(last.failed).toEqual([]);
        expect(references(port).sort()).toEqual([...new Set(references(port))].sort());
        expect(port.tasks.size).toBe(expected);
      }),
      { numRuns: 25 },
    );
  });
});
