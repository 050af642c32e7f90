import { crmPortFromGateway } from '../../src/crm/crmPortFromGateway';
import { crmPortFromSnapshot } from '../../src/crm/crmPortFromSnapshot';
import { createCrmGateway } from '../../src/crm/createCrmGateway';
import { portalFromSnapshot } from '../../src/domain/portalFromSnapshot';
import { EMPTY_MAPPING } from '../../src/domain/propertyMapping';
import type { Snapshot } from '../../src/domain/snapshot';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { computeKpi } from '../../src/kpi/computeKpi';
import { buildPortalIndex } from '../../src/kpi/portalIndex';
import { defaultSettings } from '../../src/settings/defaultSettings';
import type { CrmPort } from '../../src/crm/crmPort';
import { smallSnapshot, startHarness } from '../emulator/fixtures';

const Q1 = { kind: 'quarter' as const, year: 2026, index: 1 };
const CALENDAR = { timeZone: 'Asia/Shanghai', fiscalYearStartMonth: 1 };
const settings = defaultSettings();
const bob = { kind: 'owner' as const, id: '12', ownerIds: ['12'], teamIds: [] };
/** Bob logged one meeting in February; a portal where nobody logs meetings has none at all. */
const untracked = (): Snapshot => ({ ...smallSnapshot(), meetings: [] });
const annOnlyLogs = (): Snapshot => ({ ...smallSnapshot(), meetings: smallSnapshot().meetings?.filter((m) => m.properties.hubspot_owner_id === '11') });

async function bobsVisits(port: CrmPort) {
  const data = await port.scorecardData({ ownerIds: ['12'], teamIds: [], period: Q1, calendar: CALENDAR, mapping: EMPTY_MAPPING, historyQuarters: 0, includeFunnel: false, comparison: 'none' });
  return computeKpi('activity_count', { data, index: buildPortalIndex(data), settings, calendar: CALENDAR, period: Q1, now: Date.parse('2026-04-15T00:00:00Z'), subject: bob, manualScores: null, frozenForecasts: null });
}

const NOT_TRACKED = { status: 'not_configured', actual: null, reason: 'meetings are not tracked in this portal: nobody has logged one' };

describe('customer visits in a portal that logs no meetings at all', () => {
  it('from the whole portal in memory (snapshot, mirror): not tracked, not 0 for everyone; 0 where others log them', async () => {
    expect(await bobsVisits(crmPortFromSnapshot(portalFromSnapshot(untracked()).data))).toMatchObject(NOT_TRACKED);
    expect(await bobsVisits(crmPortFromSnapshot(portalFromSnapshot(annOnlyLogs()).data))).toMatchObject({ status: 'ok', actual: 0 });
  });

  it('live: one search for a single meeting, kept with the portal info, tells the two apart', async () => {
    for (const [snapshot, expected] of [[untracked(), NOT_TRACKED], [annOnlyLogs(), { status: 'ok', actual: 0 }]] as const) {
      const h = await startHarness(snapshot, { limits: false });
      try {
        const port = crmPortFromGateway(createCrmGateway({ accessToken: DEMO_TOKEN, basePath: h.server.url }));
        expect(await bobsVisits(port)).toMatchObject(expected);
        const probes = () => h.emulator.stats.byRoute['POST /crm/v3/objects/{objectType}/search'] ?? 0;
        const before = probes();
        expect(await bobsVisits(port)).toMatchObject(expected);
        // The second scorecard searches its deals and meetings again, but not the probe.
        expect(probes() - before).toBe(before - 1);
      } finally {
        await h.server.close();
      }
    }
  });
});
