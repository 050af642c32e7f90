import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryIo } from '../../src/cli/cliIo';
import { runCli } from '../../src/cli/main';
import { crmPortFromGateway } from '../../src/crm/crmPortFromGateway';
import { crmPortFromMirror } from '../../src/crm/crmPortFromMirror';
import { crmPortFromSnapshot, snapshotPropertyOptions } from '../../src/crm/crmPortFromSnapshot';
import { customerProperties } from '../../src/crm/readCustomers';
import { portalFromSnapshot } from '../../src/domain/portalFromSnapshot';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { segments } from '../../src/handlers/segments';
import type { Settings } from '../../src/settings/settingsSchema';
import { AS_OF, dataOf, demoSnapshot, harness, tempStores, viewerOf } from '../handlers/handlerFixture';
import type { SyncHarness } from '../sync/syncHarness';
import { syncHarness } from '../sync/syncHarness';

const openStore = tempStores();
const snapshot = demoSnapshot(1500, 7);
const withoutTier: Settings = { ...demoSettings(), keyAccounts: null };
const byTier: Settings = { ...withoutTier, segments: { by: 'company_property', companyProperty: 'customer_tier', targets: [{ segment: 'A', period: '2026-Q3', amount: 1_000_000 }] } };
let h: SyncHarness;
let settings = withoutTier;
let sync: ReturnType<SyncHarness['newSync']>;

beforeAll(async () => {
  h = await syncHarness(snapshot, AS_OF);
  sync = h.newSync({ mapping: async () => settings.propertyMapping, customers: async () => customerProperties(settings) });
  await sync.runOnce();
});
afterAll(() => h.close());

const mirrorPort = () => crmPortFromMirror({ index: sync.index, live: crmPortFromGateway(h.gateway), gateway: h.gateway, status: () => sync.status() });

describe('segments by a company property, from the mirror', () => {
  it('says they cannot be computed while the mirror holds the companies without the property, and reads them again once it is named', async () => {
    const director = (await harness(openStore, portalFromSnapshot(snapshot).data, byTier)).deps(viewerOf('director'), mirrorPort());
    expect(dataOf(await segments({ period: '2026-Q3' }, director))).toMatchObject({ uncomputable: { reason: 'company_property_not_read' }, rows: [], total: null });
    settings = byTier;
    h.clock.t += 60_000;
    await sync.runOnce();
    const table = dataOf(await segments({ period: '2026-Q3' }, (await harness(openStore, portalFromSnapshot(snapshot).data, byTier)).deps(viewerOf('director'), mirrorPort())));
    expect(table.uncomputable).toBeNull();
    expect(table.rows.map((r) => r.key)).toEqual(expect.arrayContaining(['A', 'B', 'C', null]));
  });

  it('gives the same table, under HubSpot\'s option labels, as the snapshot of the portal offline', async () => {
    const offline = await harness(openStore, portalFromSnapshot(snapshot, byTier.propertyMapping).data, byTier);
    const fromSnapshot = crmPortFromSnapshot(offline.data, { propertyOptions: snapshotPropertyOptions(snapshot.propertyDefinitions) });
    const expected = dataOf(await segments({ period: '2026-Q3' }, offline.deps(viewerOf('director'), fromSnapshot)));
    const served = dataOf(await segments({ period: '2026-Q3' }, offline.deps(viewerOf('director'), mirrorPort())));
    expect(served).toEqual(expected);
    expect(served.rows.map((r) => r.label)).toEqual(expect.arrayContaining(['Tier A', 'Tier B', 'Tier C', null]));
    expect(served.rows.find((r) => r.key === 'A')?.attainment.status).toBe('ok');
  });

  it('kpi segments over a snapshot of the portal prints the rows the backend serves from its mirror', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-segments-'));
    writeFileSync(join(dir, 'portal.json'), JSON.stringify(snapshot));
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(byTier));
    const argv = (json: boolean) => ['segments', '--snapshot', join(dir, 'portal.json'), '--settings', join(dir, 'settings.json'), '--period', '2026-Q3', '--as-of', new Date(AS_OF).toISOString(), ...(json ? ['--json'] : [])];
    const io = memoryIo();
    expect(await runCli(argv(true), io)).toBe(0);
    const offline = await harness(openStore, portalFromSnapshot(snapshot).data, byTier);
    const served = dataOf(await segments({ period: '2026-Q3' }, offline.deps(viewerOf('director'), mirrorPort())));
    const printed = JSON.parse(io.stdout.join('')) as typeof served;
    expect(printed.rows).toEqual(served.rows);
    expect(printed.total).toEqual(served.total);
    const text = memoryIo();
    expect(await runCli(argv(false), text)).toBe(0);
    expect(text.stdout.join('')).toMatch(/segments by company_property customer_tier, 2026-Q3[\s\S]*Tier A[\s\S]*\(no value\)[\s\S]*Total/);
  });

  // Last: it edits the emulator's portal, which the comparisons above read as the snapshot has it.
  it('moves a deal to its company\'s new tier when the company is edited in HubSpot, its deals untouched', async () => {
    const q3 = (d: (typeof snapshot.deals)[number]) => d.properties.hs_is_closed_won === 'true' && (d.properties.closedate ?? '') >= '2026-07-02' && (d.properties.closedate ?? '') < '2026-09-30';
    const deal = snapshot.deals.find((d) => q3(d) && d.associations?.companies?.results[0] !== undefined);
    const companyId = deal?.associations?.companies?.results[0]?.id as string;
    const tierOf = (id: string) => snapshot.companies?.find((c) => c.id === id)?.properties.customer_tier ?? null;
    const moved = tierOf(companyId) === 'A' ? 'B' : 'A';
    const director = async () => dataOf(await segments({ period: '2026-Q3', open: { key: moved } }, (await harness(openStore, portalFromSnapshot(snapshot).data, byTier)).deps(viewerOf('director'), mirrorPort())));
    expect((await director()).details?.records.some((r) => r.id === deal?.id)).toBe(false);
    h.clock.t += 60_000;
    await h.sdk.crm.companies.basicApi.update(companyId, { properties: { customer_tier: moved } });
    h.clock.t += 180_000;
    await sync.runOnce();
    expect((await director()).details?.records.some((r) => r.id === deal?.id)).toBe(true);
  });
});
