import { createCrmGateway } from '../../src/crm/createCrmGateway';
import { crmPortFromGateway } from '../../src/crm/crmPortFromGateway';
import { portalFromSnapshot } from '../../src/domain/portalFromSnapshot';
import type { RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { getSettings } from '../../src/handlers/getSettings';
import { saveSettings } from '../../src/handlers/saveSettings';
import type { Settings } from '../../src/settings/settingsSchema';
import type { Harness } from './handlerFixture';
import { dataOf, demoSnapshot, errorOf, harness, tempStores, viewerOf } from './handlerFixture';

/**
 * The company and line-item properties an admin types by name are checked against the portal's
 * own definitions through the real SDK: one HubSpot lacks is refused with its field, and
 * nothing is saved.
 */
const openStore = tempStores();
const snapshot = demoSnapshot(300);
let h: Harness;
let running: RunningEmulator;
let crm: ReturnType<typeof crmPortFromGateway>;

beforeAll(async () => {
  running = await createCrmEmulator(snapshot, { limits: false }).listen(0);
  crm = crmPortFromGateway(createCrmGateway({ accessToken: DEMO_TOKEN, basePath: running.url, clock: Date.now, cacheTtlMs: 0 }));
  h = await harness(openStore, portalFromSnapshot(snapshot, demoSettings().propertyMapping).data);
});
afterAll(() => running.close());

const save = (settings: Settings, expectedVersion: number) => saveSettings({ settings, expectedVersion }, h.deps(viewerOf('admin'), crm));

describe('settings that name company and line-item properties', () => {
  it('refuses a key-account property and a product property the portal does not have, naming both fields, and saves nothing', async () => {
    const base = demoSettings();
    const typo: Settings = { ...base, keyAccounts: { property: 'customer_teir', values: ['A'] }, strategicProducts: { productIds: [], property: 'product_lines', values: ['cloud'] } };
    const refused = errorOf(await save(typo, 1));
    expect(refused.code).toBe('invalid');
    expect(refused.fields).toEqual([
      expect.objectContaining({ field: 'keyAccounts.property', reason: 'property_not_in_portal', params: { property: 'customer_teir', objectType: 'companies' } }),
      expect.objectContaining({ field: 'strategicProducts.property', reason: 'property_not_in_portal', params: { property: 'product_lines', objectType: 'line_items' } }),
    ]);
    expect(dataOf(await getSettings({}, h.deps(viewerOf('admin'), crm))).version).toBe(1);
  });

  it('saves the demo portal own properties, and a segment cut by one of its company properties', async () => {
    const base = demoSettings();
    const byTier: Settings = { ...base, segments: { ...base.segments, by: 'company_property', companyProperty: 'customer_tier' } };
    expect(dataOf(await save(byTier, 1)).version).toBe(2);
    const unknown: Settings = { ...byTier, segments: { ...byTier.segments, companyProperty: 'industry_code' } };
    expect(errorOf(await save(unknown, 2)).fields).toEqual([expect.objectContaining({ field: 'segments.companyProperty', reason: 'property_not_in_portal' })]);
  });
});
