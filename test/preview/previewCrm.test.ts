import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import type { CrmEmulator, RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';
import { createPreviewCrm } from '../../src/preview/previewCrm';

const NOW = Date.UTC(2026, 10, 1, 2, 0, 0);
const snapshot = generateDemoSnapshot({ deals: 120, seed: 5, asOf: NOW });
let emulator: CrmEmulator;
let running: RunningEmulator;

beforeAll(async () => {
  emulator = createCrmEmulator(snapshot, { limits: false, now: () => NOW });
  running = await emulator.listen(0);
});
afterAll(() => running.close());

describe('the preview’s own CRM reads, through src/crm’s object endpoints', () => {
  it('lists an owner’s deals, reads a record’s properties, and says when there is no such record', async () => {
    const crm = createPreviewCrm({ accessToken: DEMO_TOKEN, basePath: running.url });
    const owner = snapshot.deals[0]?.properties.hubspot_owner_id ?? '';
    const deals = await crm.listRecords('deals', [owner], 5);
    expect(deals.length).toBeGreaterThan(0);
    expect(deals.every((d) => d.ownerId === owner)).toBe(true);
    const first = deals[0]?.id ?? '';
    expect(await crm.recordProperties('deals', first, ['hubspot_owner_id'])).toEqual({ hubspot_owner_id: owner });
    expect(await crm.recordProperties('deals', '999999999', ['dealname'])).toBeNull();
  });

  it('creates a record that can then be read back', async () => {
    const crm = createPreviewCrm({ accessToken: DEMO_TOKEN, basePath: running.url });
    const id = await crm.createRecord('companies', { name: 'Hangzhou Tea Co.', domain: 'tea.example.cn' });
    expect(await crm.recordProperties('companies', id, ['name'])).toEqual({ name: 'Hangzhou Tea Co.' });
  });
});
