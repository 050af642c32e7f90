import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryIo } from '../../src/cli/cliIo';
import { runSnapshot } from '../../src/cli/commands/snapshot';
import { EMPTY_MAPPING } from '../../src/domain/propertyMapping';
import { DEMO_PORTAL, generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { createCrmGateway } from '../../src/crm/createCrmGateway';
import { dumpSnapshot } from '../../src/crm/dumpSnapshot';
import type { Snapshot } from '../../src/domain/snapshot';
import { customerPropertiesWith } from '../../src/crm/readCustomers';
import type { Company, LineItem } from '../../src/domain/portal';
import { byId, ids, startHarness } from './emulatorHarness';
import { fakeTime } from './fakeTransport';

const AS_OF = Date.parse('2026-11-16T00:00:00Z');

function demo() {
  const s = generateDemoSnapshot({ deals: 1200, seed: 21, asOf: AS_OF });
  return { ...s, meetings: s.meetings?.slice(0, 600) };
}

describe('kpi snapshot', () => {
  it('dumps every deal, owner, pipeline, goal, meeting, company and line item, read as the engine reads the original', async () => {
    const h = await startHarness(demo(), { limits: false });
    try {
      const time = fakeTime(AS_OF);
      const gw = createCrmGateway({ accessToken: DEMO_TOKEN, basePath: h.running.url, clock: time.clock, sleep: time.sleep });
      const dump = await dumpSnapshot(gw, { mapping: EMPTY_MAPPING, fallbackPortal: DEMO_PORTAL, customers: customerPropertiesWith('customer_tier', 'product_line') });
      const again = await startHarness(dump, { limits: false });
      try {
        expect(byId(again.full.data.deals)).toEqual(byId(h.full.data.deals));
        expect(again.full.data.owners).toEqual(h.full.data.owners);
        expect(again.full.data.pipelines).toEqual(h.full.data.pipelines);
        expect(again.full.data.goals).toEqual(h.full.data.goals);
        expect(ids(again.full.data.deals)).toHaveLength(1200);
        expect(again.full.data.meetings).toHaveLength(600);
        expect(again.full.data.users).toEqual(h.full.data.users);
        const company = (c: Company) => ({ ...c, properties: { tier: c.properties.customer_tier ?? null } });
        const line = (l: LineItem) => ({ ...l, properties: { line: l.properties.product_line ?? null } });
        expect(again.full.data.companies?.map(company)).toEqual(h.full.data.companies?.map(company));
        expect(again.full.data.lineItems?.map(line)).toEqual(h.full.data.lineItems?.map(line));
        expect(h.full.data.companies?.length).toBeGreaterThan(100);
        // The tier's definition travels with the dump, so its values keep HubSpot's labels offline.
        expect(dump.propertyDefinitions?.companies?.map((d) => [d.name, d.type, d.options?.map((o) => o.label)])).toEqual([['customer_tier', 'enumeration', ['Tier A', 'Tier B', 'Tier C']]]);
      } finally {
        await again.running.close();
      }
    } finally {
      await h.running.close();
    }
  });

  it('gives the same file when the dump is replayed in the emulator and dumped again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-snapshot-'));
    const first = await startHarness(demo(), { limits: false });
    const opts = (out: string, baseUrl: string) => ({ out, baseUrl, token: DEMO_TOKEN, portalId: String(DEMO_PORTAL.id), timeZone: DEMO_PORTAL.timeZone, currency: DEMO_PORTAL.currency, segmentCompanyProperty: 'customer_tier' });
    try {
      await runSnapshot(opts(join(dir, 'one.json'), first.running.url), memoryIo(), {});
    } finally {
      await first.running.close();
    }
    const one = readFileSync(join(dir, 'one.json'), 'utf8');
    expect((JSON.parse(one) as Snapshot).propertyDefinitions?.companies?.map((d) => d.name)).toEqual(['customer_tier']);
    const second = await startHarness(JSON.parse(one), { limits: false });
    try {
      const io = memoryIo();
      await runSnapshot(opts(join(dir, 'two.json'), second.running.url), io, {});
      expect(io.stderr.join('')).toMatch(/wrote .*two\.json: 1200 deals/);
    } finally {
      await second.running.close();
    }
    expect(readFileSync(join(dir, 'two.json'), 'utf8')).toBe(one);
  });

  it('refuses to run without a token', async () => {
    await expect(runSnapshot({ out: '/dev/null', portalId: '1', timeZone: 'UTC', currency: 'USD' }, memoryIo(), {})).rejects.toThrow(/HUBSPOT_ACCESS_TOKEN/);
  });
});
