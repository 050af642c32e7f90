import type { Deal, PortalData } from '../../src/domain/portal';
import { periodBounds } from '../../src/domain/period';
import { DEMO_CALENDAR } from '../../src/emulator/demo/generateDemoSnapshot';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { crmPortFromSnapshot } from '../../src/crm/crmPortFromSnapshot';
import { funnelHealth } from '../../src/handlers/funnelHealth';
import type { CrmPort } from '../../src/crm/crmPort';
import { systemRunner } from '../../src/handlers/handlerDeps';
import { scanAlerts } from '../../src/handlers/scanAlerts';
import type { Harness } from './handlerFixture';
import { EAST_TEAM_ID, LEAKY_TEAM_ID, PEOPLE, PORTAL_ID, dataOf, demoData, errorOf, harness, tempStores, viewerOf } from './handlerFixture';

const openStore = tempStores();
const data = demoData();
const Q3 = { period: '2026-Q3', pipelineId: 'default' };
const runner = systemRunner(PORTAL_ID, 'scheduled scan');

/** The same portal, but half of South's Q3 first-step converts lost at the first step instead. */
function worseSouth(portal: PortalData): PortalData {
  const south = new Set(portal.teams.find((t) => t.id === LEAKY_TEAM_ID)?.memberOwnerIds);
  const q3 = periodBounds({ kind: 'quarter', year: 2026, index: 3 }, DEMO_CALENDAR);
  let flip = false;
  const deals = portal.deals.map((d): Deal => {
    const first = d.stageEnteredAt.appointmentscheduled;
    const moved = Object.keys(d.stageEnteredAt).some((s) => s !== 'appointmentscheduled' && s !== 'closedlost') || d.outcome === 'won';
    if (d.pipelineId !== 'default' || !south.has(d.ownerId ?? '') || first === undefined || first < q3.start || first >= q3.end || !moved) return d;
    flip = !flip;
    if (!flip) return d;
    const lostAt = first + 86_400_000;
    return { ...d, outcome: 'lost', stageId: 'closedlost', closedAt: lostAt, stageEnteredAt: { appointmentscheduled: first, closedlost: lostAt } };
  });
  return { ...portal, deals };
}

/** A port over other data that writes its tasks where the harness's port keeps them. */
const sharingTasks = (h: Harness, portal: PortalData): CrmPort => ({ ...crmPortFromSnapshot(portal), createTask: h.port.createTask, updateTask: h.port.updateTask, existingTaskIds: h.port.existingTaskIds });

describe('scanAlerts: one task per breach, idempotent', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness(openStore, data);
  });

  it('turns every breach into one task, the leaky team’s assigned to its manager', async () => {
    const first = dataOf(await scanAlerts(Q3, h.deps(runner)));
    const page = dataOf(await funnelHealth(Q3, h.deps(viewerOf('director'))));
    expect(first.created).toBe(page.alerts.length);
    expect(first.created).toBeGreaterThan(0);
    expect([first.updated, first.resolved]).toEqual([0, 0]);
    expect(h.port.tasks.size).toBe(first.created);
    const leaky = page.alerts.find((a) => a.group.kind === 'team' && a.group.id === LEAKY_TEAM_ID && a.pair.from === 'appointmentscheduled');
    const task = h.port.tasks.get(leaky?.taskId ?? '');
    expect(task?.ownerId).toBe(PEOPLE.southManager.ownerId);
    expect(task?.priority).toBe('HIGH');
    expect(task?.subject).toMatch(/^\[critical\] Stage conversion: /);
    expect(task?.subject).not.toMatch(/阶段转化率/);
    expect(task?.subject).toContain('South China 华南');
    expect(task?.subject).toContain('2026-Q3');
    expect(task?.subject).toContain('below 30.0%');
    expect(task?.body).toContain(`n = ${leaky?.pair.entered}`);
    expect(task?.body).toMatch(/95% interval \d+\.\d%–\d+\.\d%/);
    expect(task?.body).toContain('Threshold: 30.0%');
    expect(first.tasks.map((t) => t.id).sort()).toEqual([...h.port.tasks.keys()].sort());
  });

  it('sends every rep’s breach to their own team’s manager', async () => {
    const page = dataOf(await funnelHealth(Q3, h.deps(viewerOf('director'))));
    const managerOf = new Map(demoSettings().teams.map((t) => [t.teamId, t.managerOwnerIds[0]]));
    const repAlerts = page.alerts.filter((a) => a.group.kind === 'owner');
    expect(repAlerts.length).toBeGreaterThan(0);
    for (const alert of repAlerts) {
      const team = data.owners.find((o) => o.id === alert.group.id)?.teamIds[0] ?? '';
      expect(h.port.tasks.get(alert.taskId ?? '')?.ownerId).toBe(managerOf.get(team));
    }
  });

  it('creates, updates and resolves nothing on a second scan', async () => {
    const before = [...h.port.tasks.values()];
    expect(dataOf(await scanAlerts(Q3, h.deps(runner)))).toEqual({ created: 0, updated: 0, resolved: 0, tasks: [] });
    expect([...h.port.tasks.values()]).toEqual(before);
  });

  it('creates nothing on a scan right after another even when the ledger’s open list lags (HubSpot search)', async () => {
    const lagging = { ...h.deps(runner), ledger: { ...h.store.alerts, listOpen: async () => [] } };
    const before = h.port.tasks.size;
    const again = dataOf(await scanAlerts(Q3, lagging));
    expect(again.created).toBe(0);
    expect(h.port.tasks.size).toBe(before);
  });

  it('rewrites the task of a breach that worsens, keeping its id', async () => {
    const page = dataOf(await funnelHealth(Q3, h.deps(viewerOf('director'))));
    const leaky = page.alerts.find((a) => a.group.kind === 'team' && a.group.id === LEAKY_TEAM_ID && a.pair.from === 'appointmentscheduled');
    const worse = sharingTasks(h, worseSouth(data));
    const scan = dataOf(await scanAlerts(Q3, h.deps(runner, worse)));
    expect(scan.updated).toBeGreaterThanOrEqual(1);
    const task = h.port.tasks.get(leaky?.taskId ?? '');
    expect(task?.updates).toBe(1);
    const now = dataOf(await funnelHealth(Q3, h.deps(viewerOf('director'), worse))).alerts.find((a) => a.taskId === leaky?.taskId);
    expect(now?.pair.rate).toBeLessThan(leaky?.pair.rate ?? 0);
    expect(task?.subject).toContain(`${((now?.pair.rate ?? 0) * 100).toFixed(1)}%`);
    expect(dataOf(await scanAlerts(Q3, h.deps(runner, worse))).updated).toBe(0);
  });
});

describe('scanAlerts: recovery and scope', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness(openStore, data);
  });

  it('completes the task of a breach that recovers and resolves it in the ledger', async () => {
    dataOf(await scanAlerts(Q3, h.deps(runner)));
    const leakyTask = dataOf(await funnelHealth(Q3, h.deps(viewerOf('director')))).alerts.find((a) => a.group.id === LEAKY_TEAM_ID && a.pair.from === 'appointmentscheduled')?.taskId;
    const lenient = { ...demoSettings(), funnel: { ...demoSettings().funnel, thresholds: [{ pipelineId: 'default', fromStageId: 'appointmentscheduled', toStageId: 'qualifiedtobuy', minRate: 0.1 }] } };
    const saved = await h.store.settings.save(PORTAL_ID, lenient, { expectedVersion: 1, savedBy: 'test' });
    expect(saved.ok).toBe(true);
    const scan = dataOf(await scanAlerts(Q3, h.deps(runner)));
    expect(scan.resolved).toBeGreaterThanOrEqual(1);
    expect(h.port.tasks.get(leakyTask ?? '')?.status).toBe('COMPLETED');
    expect(h.port.tasks.get(leakyTask ?? '')?.body).toMatch(/^Resolved/);
    const open = await h.store.alerts.listOpen(PORTAL_ID, '2026-Q3');
    expect(open.some((e) => e.groupId === LEAKY_TEAM_ID && e.fromStageId === 'appointmentscheduled')).toBe(false);
    expect(dataOf(await scanAlerts(Q3, h.deps(runner)))).toMatchObject({ created: 0, resolved: 0 });
  });

  it('writes the tasks in the language of the manager who scans, never two languages in one line', async () => {
    const zhManager = { ...viewerOf('southManager'), locale: 'zh-CN' };
    const scan = dataOf(await scanAlerts(Q3, h.deps(zhManager)));
    expect(scan.created).toBeGreaterThan(0);
    const task = [...h.port.tasks.values()].find((t) => t.subject.includes('团队 South China'));
    expect(task?.subject).toMatch(/^\[(严重|预警)\] 阶段转化率：团队 South China 华南 .+ 为 \d+\.\d%，低于 30\.0%（2026-Q3）$/);
    expect(task?.body).toContain('阈值：30.0%');
    expect(task?.body).not.toMatch(/Stage conversion|Threshold|interval/);
    const english = dataOf(await scanAlerts(Q3, h.deps(viewerOf('director'))));
    expect(english.tasks.every((t) => !t.subject.includes('阶段转化率'))).toBe(true);
  });

  it('lets a manager scan only their team, leaving other teams’ alerts alone', async () => {
    const scan = dataOf(await scanAlerts(Q3, h.deps(viewerOf('eastManager'))));
    const eastOwners = new Set(data.teams.find((t) => t.id === EAST_TEAM_ID)?.memberOwnerIds);
    const entries = await h.store.alerts.listOpen(PORTAL_ID, '2026-Q3');
    expect(entries).toHaveLength(scan.created);
    for (const e of entries) expect(e.groupType === 'team' ? e.groupId === EAST_TEAM_ID : eastOwners.has(e.groupId)).toBe(true);
    const all = dataOf(await scanAlerts(Q3, h.deps(viewerOf('director'))));
    expect(all.resolved).toBe(0);
    expect(all.created).toBeGreaterThan(0);
  });

  it.each(['1970-01', '1969', '0000-Q1', '2031-Q1'])('refuses the period %s with the field named, creating nothing', async (period) => {
    expect(errorOf(await scanAlerts({ period }, h.deps(runner)))).toMatchObject({ code: 'invalid', fields: [{ field: 'period' }] });
    expect(h.port.tasks.size).toBe(0);
  });

  it('refuses reps and users without an owner record, and an unknown pipeline', async () => {
    expect(errorOf(await scanAlerts(Q3, h.deps(viewerOf('southRep')))).code).toBe('forbidden');
    expect(errorOf(await scanAlerts(Q3, h.deps(viewerOf('noOwner')))).code).toBe('forbidden');
    expect(errorOf(await scanAlerts({ pipelineId: 'nope' }, h.deps(runner))).code).toBe('not_found');
    expect(h.port.tasks.size).toBe(0);
  });
});

describe('scanAlerts: the ledger is checked against the CRM', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await harness(openStore, data);
  });

  it('after a restart against a fresh CRM, raises every breach again instead of saying "0 created"', async () => {
    const first = dataOf(await scanAlerts(Q3, h.deps(runner)));
    expect(first.created).toBeGreaterThan(0);
    const fresh = crmPortFromSnapshot(data);
    const again = dataOf(await scanAlerts(Q3, h.deps(runner, fresh)));
    expect(again.created).toBe(first.created);
    expect(fresh.tasks.size).toBe(first.created);
    const page = dataOf(await funnelHealth(Q3, h.deps(viewerOf('director'), fresh)));
    for (const alert of page.alerts) expect(fresh.tasks.has(alert.taskId ?? '')).toBe(true);
    expect(dataOf(await scanAlerts(Q3, h.deps(runner, fresh))).created).toBe(0);
  });

  it('asks HubSpot about every ledger task at once, not once per alert', async () => {
    const first = dataOf(await scanAlerts(Q3, h.deps(runner)));
    const asked: (readonly string[])[] = [];
    const counting: CrmPort = { ...h.port, existingTaskIds: (ids) => (asked.push(ids), h.port.existingTaskIds(ids)) };
    expect(dataOf(await scanAlerts(Q3, h.deps(runner, counting))).created).toBe(0);
    expect(asked).toHaveLength(1);
    expect([...asked[0]!].sort()).toEqual(first.tasks.map((t) => t.id).sort());
  });

  it('recreates a task a user deleted in HubSpot while the breach lasts, and only that one', async () => {
    dataOf(await scanAlerts(Q3, h.deps(runner)));
    const leaky = dataOf(await funnelHealth(Q3, h.deps(viewerOf('director')))).alerts.find((a) => a.group.id === LEAKY_TEAM_ID && a.pair.from === 'appointmentscheduled');
    const before = h.port.tasks.size;
    h.port.deleteTask(leaky?.taskId ?? '');
    const scan = dataOf(await scanAlerts(Q3, h.deps(runner)));
    expect(scan).toMatchObject({ created: 1, updated: 0 });
    expect(h.port.tasks.size).toBe(before);
    const now = dataOf(await funnelHealth(Q3, h.deps(viewerOf('director')))).alerts.find((a) => a.group.id === LEAKY_TEAM_ID && a.pair.from === 'appointmentscheduled');
    expect(now?.taskId).not.toBe(leaky?.taskId);
    expect(h.port.tasks.get(now?.taskId ?? '')?.ownerId).toBe(PEOPLE.southManager.ownerId);
  });

  it('resolves a recovered breach whose task is gone without failing the scan', async () => {
    dataOf(await scanAlerts(Q3, h.deps(runner)));
    const leakyTask = dataOf(await funnelHealth(Q3, h.deps(viewerOf('director')))).alerts.find((a) => a.group.id === LEAKY_TEAM_ID && a.pair.from === 'appointmentscheduled')?.taskId;
    h.port.deleteTask(leakyTask ?? '');
    const lenient = { ...demoSettings(), funnel: { ...demoSettings().funnel, thresholds: [{ pipelineId: 'default', fromStageId: 'appointmentscheduled', toStageId: 'qualifiedtobuy', minRate: 0.1 }] } };
    expect((await h.store.settings.save(PORTAL_ID, lenient, { expectedVersion: 1, savedBy: 'test' })).ok).toBe(true);
    expect(dataOf(await scanAlerts(Q3, h.deps(runner))).resolved).toBeGreaterThanOrEqual(1);
  });
});

describe('scanAlerts: two scans started at once', () => {
  it('never raise the same task twice: one scans, the other is told a scan is running', async () => {
    const h = await harness(openStore, data);
    const [a, b] = await Promise.all([scanAlerts(Q3, h.deps(runner)), scanAlerts(Q3, h.deps(viewerOf('director')))]);
    const page = dataOf(await funnelHealth(Q3, h.deps(viewerOf('director'))));
    expect(h.port.tasks.size).toBe(page.alerts.length);
    const results = [a, b];
    expect(results.filter((r) => r.ok).map((r) => dataOf(r).created)).toEqual([page.alerts.length]);
    expect(results.filter((r) => !r.ok).map((r) => errorOf(r).code)).toEqual(['conflict']);
    // The lease is given back: the next scan runs (and finds nothing new).
    expect(dataOf(await scanAlerts(Q3, h.deps(runner))).created).toBe(0);
  });

  it('gives the lease back when a scan fails, so the next one can run', async () => {
    const h = await harness(openStore, data);
    const failing: CrmPort = { ...h.port, createTask: () => Promise.reject(new Error('HubSpot refused the task')) };
    expect(errorOf(await scanAlerts(Q3, h.deps(runner, failing))).code).toBe('internal');
    expect(dataOf(await scanAlerts(Q3, h.deps(runner))).created).toBeGreaterThan(0);
  });
});
