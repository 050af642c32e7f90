import type { CrmGateway } from '../../src/crm/createCrmGateway';
import { createCrmGateway } from '../../src/crm/createCrmGateway';
import type { CrmEmulator, RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { portalFromSnapshot } from '../../src/domain/portalFromSnapshot';
import { crmPortFromGateway } from '../../src/crm/crmPortFromGateway';
import { dealKpis } from '../../src/handlers/dealKpis';
import { funnelHealth } from '../../src/handlers/funnelHealth';
import type { CrmPort } from '../../src/crm/crmPort';
import { systemRunner } from '../../src/handlers/handlerDeps';
import { ownerScorecard } from '../../src/handlers/ownerScorecard';
import { saveSettings } from '../../src/handlers/saveSettings';
import { scanAlerts } from '../../src/handlers/scanAlerts';
import { settingsContext } from '../../src/handlers/settingsContext';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import type { Harness, Person } from './handlerFixture';
import { AS_OF, LEAKY_TEAM_ID, PEOPLE, PORTAL_ID, dataOf, demoSnapshot, errorOf, harness, tempStores, viewerOf } from './handlerFixture';

/**
 * The handlers through the real SDK against the emulator: the same
 * numbers as the snapshot port gives for the same demo portal. The gateway runs on a virtual
 * clock so HubSpot's pacing costs no wall time; the emulator's own limits are off.
 */
const openStore = tempStores();
const snapshot = demoSnapshot(3000, 5);
/** One of the east rep's deals won this quarter lost its close date: a data problem both ports must name. */
const undated = snapshot.deals.find((d) => d.properties.hubspot_owner_id === PEOPLE.eastRep.ownerId && d.properties.hs_is_closed_won === 'true' && (d.properties.closedate ?? '') >= '2026-10-01');
if (undated === undefined) throw new Error('the east rep won nothing this quarter');
delete undated.properties.closedate;
const data = portalFromSnapshot(snapshot).data;
let emulator: CrmEmulator;
let running: RunningEmulator;
let gateway: CrmGateway;
let viaSdk: CrmPort;
let h: Harness;

beforeAll(async () => {
  emulator = createCrmEmulator(snapshot, { limits: false, now: () => AS_OF });
  running = await emulator.listen(0);
  let virtual = AS_OF;
  gateway = createCrmGateway({ accessToken: DEMO_TOKEN, basePath: running.url, clock: () => virtual, sleep: async (ms) => void (virtual += ms) });
  viaSdk = crmPortFromGateway(gateway);
  h = await harness(openStore, data);
});
afterAll(() => running.close());

const both = async <T>(run: (crm: CrmPort) => Promise<T>): Promise<[T, T]> => [await run(h.port), await run(viaSdk)];

describe('handlers through the SDK and the emulator give the snapshot port’s numbers', () => {
  it.each([
    ['a rep’s own scorecard', 'eastRep', {}],
    ['a manager’s scorecard for Q3', 'southManager', { period: '2026-Q3' }],
    ['the director’s scorecard for Q2', 'director', { period: '2026-Q2' }],
  ] as const)('ownerScorecard: %s', async (_, person, input) => {
    const [offline, online] = await both((crm) => ownerScorecard(input, h.deps(viewerOf(person), crm)));
    expect(dataOf(online)).toEqual(dataOf(offline));
    expect(dataOf(online).kpis.some((k) => k.status === 'ok')).toBe(true);
  });

  it('ownerScorecard: a won deal without a close date is read through the SDK too, and named', async () => {
    const [offline, online] = await both((crm) => ownerScorecard({}, h.deps(viewerOf('eastRep'), crm)));
    expect(dataOf(online)).toEqual(dataOf(offline));
    expect(dataOf(online).provisional).toBe(true);
    expect(dataOf(online).dataIssues).toEqual([expect.objectContaining({ recordId: undated.id, kind: 'closedate_missing' })]);
  });

  it('dealKpis: five open deals and a won one', async () => {
    const deals = [...data.deals.filter((d) => d.outcome === 'open' && d.ownerId !== null).slice(0, 5), data.deals.find((d) => d.outcome === 'won')];
    for (const deal of deals) {
      const [offline, online] = await both((crm) => dealKpis({ dealId: deal?.id }, h.deps(viewerOf('director'), crm)));
      expect(dataOf(online)).toEqual(dataOf(offline));
    }
    const [, missing] = await both((crm) => dealKpis({ dealId: '1' }, h.deps(viewerOf('director'), crm)));
    expect(errorOf(missing).code).toBe('not_found');
  });

  it('funnelHealth: every team and rep of both pipelines', async () => {
    for (const pipeline of data.pipelines) {
      const [offline, online] = await both((crm) => funnelHealth({ pipelineId: pipeline.id, period: '2026-Q3' }, h.deps(viewerOf('director'), crm)));
      expect(dataOf(online)).toEqual(dataOf(offline));
    }
  });

  it('settingsContext: the portal’s pipelines, owners, teams and time zone, and its real deal properties', async () => {
    const [offline, online] = await both((crm) => settingsContext({}, h.deps(viewerOf('admin'), crm)));
    const { dealProperties, ...rest } = dataOf(online);
    const { dealProperties: _standard, ...expected } = dataOf(offline);
    expect(rest).toEqual(expected);
    expect(dealProperties.find((p) => p.name === 'amount')?.type).toBe('number');
    expect(dealProperties.some((p) => p.name.startsWith('hs_v2_date_entered_'))).toBe(true);
  });

  it('saveSettings validates against the portal read through the SDK', async () => {
    const bad = { ...demoSettings(), teams: [{ teamId: 'no-such-team', managerOwnerIds: [] }] };
    expect(errorOf(await saveSettings({ settings: bad, expectedVersion: 1 }, h.deps(viewerOf('admin'), viaSdk))).fields?.[0]?.field).toMatch(/^teams\.0/);
  });

  it('scanAlerts creates the tasks in HubSpot (the emulator), assigned to the leaky team’s manager, and nothing the second time', async () => {
    const runner = h.deps(systemRunner(PORTAL_ID, 'integration'), viaSdk);
    const first = dataOf(await scanAlerts({ period: '2026-Q3' }, runner));
    expect(first.created).toBeGreaterThan(0);
    const tasks = await gateway.searchTasks({ includeCompleted: true });
    expect(tasks.map((t) => t.id).sort()).toEqual(first.tasks.map((t) => t.id).sort());
    const page = dataOf(await funnelHealth({ period: '2026-Q3' }, h.deps(viewerOf('director'), viaSdk)));
    const leaky = page.alerts.find((a) => a.group.kind === 'team' && a.group.id === LEAKY_TEAM_ID);
    const task = tasks.find((t) => t.id === leaky?.taskId);
    expect(task?.properties.hubspot_owner_id).toBe(PEOPLE.southManager.ownerId);
    expect(task?.properties.hs_task_subject).toContain('Stage conversion');
    expect(dataOf(await scanAlerts({ period: '2026-Q3' }, runner))).toEqual({ created: 0, updated: 0, resolved: 0, tasks: [], uiDomain: 'app.hubspot.com' });
    expect(await gateway.searchTasks({ includeCompleted: true })).toHaveLength(tasks.length);
    // The ledger is checked against HubSpot: a task HubSpot has is found, an id it never had is not.
    expect([...(await viaSdk.existingTaskIds([tasks[0]!.id, '987654321987']))]).toEqual([tasks[0]!.id]);
  });

  it.each(['eastRep', 'noOwner'] as const)('refuses %s the funnel through the SDK too', async (person: Person) => {
    expect(errorOf(await funnelHealth({}, h.deps(viewerOf(person), viaSdk))).code).toBe('forbidden');
  });
});
