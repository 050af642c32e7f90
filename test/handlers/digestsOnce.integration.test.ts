import type { CrmGateway } from '../../src/crm/createCrmGateway';
import { createCrmGateway } from '../../src/crm/createCrmGateway';
import { CrmError } from '../../src/crm/crmError';
import type { CrmPort } from '../../src/crm/crmPort';
import { crmPortFromGateway } from '../../src/crm/crmPortFromGateway';
import type { CrmEmulator, RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { portalFromSnapshot } from '../../src/domain/portalFromSnapshot';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { systemRunner } from '../../src/handlers/handlerDeps';
import { CLAIM_SETTLE_MS } from '../../src/handlers/sendDigestOnce';
import { sendDigests } from '../../src/handlers/sendDigests';
import type { Harness } from './handlerFixture';
import { AS_OF, PORTAL_ID, dataOf, demoSnapshot, harness, tempStores } from './handlerFixture';

/**
 * The digests through the real SDK against the emulator, with the backend killed between
 * HubSpot creating a task and the ledger recording it (the port throws once HubSpot answered,
 * as a process dying there would leave things), or between the claim and the create. The
 * emulator's search trails writes by SEARCH_LAG_MS, as HubSpot's index does.
 */
const SEARCH_LAG_MS = 5_000;
const openStore = tempStores();
const snapshot = demoSnapshot(3000, 5);
const data = portalFromSnapshot(snapshot).data;
const runner = systemRunner(PORTAL_ID, 'scheduled digests');
let clock = AS_OF;
let emulator: CrmEmulator;
let running: RunningEmulator;
let gateway: CrmGateway;

beforeAll(async () => {
  emulator = createCrmEmulator(snapshot, { limits: false, now: () => clock, searchLagMs: SEARCH_LAG_MS });
  running = await emulator.listen(0);
  gateway = createCrmGateway({ accessToken: DEMO_TOKEN, basePath: running.url, clock: () => clock, sleep: async (ms) => void (clock += ms) });
});
afterAll(() => running.close());

/** How many tasks the emulator holds for each digest reference. */
function digestTasks(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const task of emulator.state.builtIns.get('tasks')?.all() ?? []) {
    const reference = /kpi-digest:\S+/.exec(task.properties.hs_task_body ?? '')?.[0];
    if (reference !== undefined) counts.set(reference, (counts.get(reference) ?? 0) + 1);
  }
  return counts;
}

/** The port, killed at the first task: after HubSpot created it, or before asking HubSpot at all. */
function killedAtFirstTask(port: CrmPort, when: 'after_create' | 'before_create'): CrmPort {
  return {
    ...port,
    createTask: async (draft) => {
      if (when === 'after_create') await port.createTask(draft);
      throw new Error('the backend was killed');
    },
  };
}

async function runAt(h: Harness, crm: CrmPort, at: number) {
  clock = at;
  return sendDigests({}, { ...h.deps(runner, crm, at), digests: h.store.digests });
}

describe('sendDigests creates each digest exactly once, even across a backend killed mid-run', () => {
  it('finds the task a killed run created, once search shows it and even if completed, instead of creating it again', async () => {
    const h = await harness(openStore, data);
    const port = crmPortFromGateway(gateway);
    const before = digestTasks().size;
    expect((await runAt(h, killedAtFirstTask(port, 'after_create'), AS_OF)).ok).toBe(false);
    expect([...digestTasks().values()]).toEqual([1]);

    const soon = dataOf(await runAt(h, port, AS_OF + 1_000));
    expect(soon.pending).toBe(1);
    expect(soon.recovered).toEqual([]);
    // The manager has already done it: a completed task is still the digest's.
    const killedTask = emulator.state.builtIns.get('tasks')?.all().find((t) => /kpi-digest:/.test(t.properties.hs_task_body ?? '') && !soon.created.some((c) => c.taskId === t.id));
    await gateway.updateTask(killedTask?.id ?? '', { hs_task_status: 'COMPLETED' });
    const later = dataOf(await runAt(h, port, AS_OF + 60_000));
    expect(later.recovered.map((r) => r.taskId)).toEqual([killedTask?.id]);
    expect(later.created).toEqual([]);
    expect(later.pending).toBe(0);
    expect(later.alreadySent).toBe(soon.created.length);

    const tasks = digestTasks();
    expect(tasks.size - before).toBe(soon.created.length + 1);
    expect([...tasks.values()].every((n) => n === 1)).toBe(true);
    const recoveredTask = emulator.state.builtIns.get('tasks')?.get(later.recovered[0]?.taskId ?? '');
    expect(recoveredTask?.properties.hs_task_body).toContain(`kpi-digest:${PORTAL_ID}:${later.recovered[0]?.kind}:${later.recovered[0]?.ownerId}:`);
  });

  it('goes on with the other digests when HubSpot answers a create with a 504 after making the task, and records that task later', async () => {
    const h = await harness(openStore, data, { ...demoSettings(), digests: { weekly: false, monthly: true, language: 'en' } });
    const port = crmPortFromGateway(gateway);
    const start = AS_OF + 7_200_000;
    let creates = 0;
    const timingOut: CrmPort = {
      ...port,
      createTask: async (draft) => {
        const task = await port.createTask(draft);
        if (++creates === 1) throw new CrmError({ kind: 'unavailable', status: 504, message: 'gateway timeout' });
        return task;
      },
    };
    const first = dataOf(await runAt(h, timingOut, start));
    expect(first.failed).toHaveLength(1);
    expect(first.created.length).toBeGreaterThan(0);
    const next = dataOf(await runAt(h, port, start + 60_000));
    expect(next).toMatchObject({ created: [], failed: [], pending: 0, alreadySent: first.created.length });
    expect(next.recovered.map(({ kind, ownerId, teamId, period }) => ({ kind, ownerId, teamId, period }))).toEqual(first.failed.map(({ kind, ownerId, teamId, period }) => ({ kind, ownerId, teamId, period })));
  });

  it('creates the task of a run killed before asking HubSpot, once the claim has settled, and only then', async () => {
    const h = await harness(openStore, data, { ...demoSettings(), digests: { weekly: true, monthly: false, language: 'zh' } });
    const port = crmPortFromGateway(gateway);
    const start = AS_OF + 3_600_000;
    const before = new Map(digestTasks());
    expect((await runAt(h, killedAtFirstTask(port, 'before_create'), start)).ok).toBe(false);
    const soon = dataOf(await runAt(h, port, start + 60_000));
    expect(soon.pending).toBe(1);
    const settled = dataOf(await runAt(h, port, start + CLAIM_SETTLE_MS + 1));
    expect(settled.created).toHaveLength(1);
    expect(dataOf(await runAt(h, port, start + CLAIM_SETTLE_MS + 60_000))).toMatchObject({ created: [], recovered: [], pending: 0, alreadySent: soon.created.length + 1 });

    const added = [...digestTasks()].filter(([reference, n]) => n !== (before.get(reference) ?? 0));
    expect(added).toHaveLength(soon.created.length + 1);
    expect(added.every(([reference, n]) => n - (before.get(reference) ?? 0) === 1)).toBe(true);
  });
});
