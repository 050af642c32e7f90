import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crmPortFromSnapshot } from '../../src/crm/crmPortFromSnapshot';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { dealKpis } from '../../src/handlers/dealKpis';
import { funnelHealth } from '../../src/handlers/funnelHealth';
import { getSettings } from '../../src/handlers/getSettings';
import type { HandlerDeps } from '../../src/handlers/handlerDeps';
import { ownerScorecard } from '../../src/handlers/ownerScorecard';
import { restoreSettings } from '../../src/handlers/restoreSettings';
import { saveSettings } from '../../src/handlers/saveSettings';
import { settingsHistory } from '../../src/handlers/settingsHistory';
import { defaultSettings } from '../../src/settings/defaultSettings';
import type { Settings } from '../../src/settings/settingsSchema';
import type { SqliteStore } from '../../src/store/sqliteStore';
import { openSqliteStore } from '../../src/store/sqliteStore';
import type { Person } from './handlerFixture';
import { AS_OF, PEOPLE, PORTAL_ID, dataOf, demoData, errorOf, viewerOf } from './handlerFixture';

/**
 * A latest settings row that no longer reads back (bad JSON, or JSON the schema refuses) must
 * not turn every card into a storage error: the cards run on the last good version (or the
 * defaults) and say so, the admin sees what is wrong and can save or restore over it, and the
 * operator's log names it.
 */
const data = demoData(600);
const crm = crmPortFromSnapshot(data);
const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

interface Rig {
  store: SqliteStore;
  logged: string[];
  as(person: Person): HandlerDeps;
  corruptLatest(json: string): void;
}

function rig(): Rig {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-recovery-'));
  dirs.push(dir);
  const path = join(dir, 'kpi.sqlite');
  const store = openSqliteStore({ path, now: () => AS_OF });
  const logged: string[] = [];
  return {
    store,
    logged,
    as: (person) => ({ viewer: viewerOf(person), crm, settings: store.settings, ledger: store.alerts, manualScores: store.manualScores, forecasts: store.forecasts, now: () => AS_OF, logProblem: (m) => logged.push(m) }),
    corruptLatest: (json) => {
      const db = new Database(path);
      db.prepare('UPDATE settings_versions SET settings_json = ? WHERE portal_id = ? AND version = (SELECT MAX(version) FROM settings_versions WHERE portal_id = ?)').run(json, PORTAL_ID, PORTAL_ID);
      db.close();
    },
  };
}

const withRepWeights = (settings: Settings, first: number, second: number): Settings => {
  const kpis = settings.roles.rep.kpis.map((entry, i) => (i === 0 ? { ...entry, weight: first } : i === 1 ? { ...entry, weight: second } : entry));
  return { ...settings, roles: { ...settings.roles, rep: { kpis } } };
};

async function twoVersions(r: Rig): Promise<{ v1: Settings }> {
  const v1 = await r.store.settings.save(PORTAL_ID, demoSettings(), { expectedVersion: 0, savedBy: 'fixture' });
  if (!v1.ok) throw new Error(v1.error.message);
  const v2 = await r.store.settings.save(PORTAL_ID, withRepWeights(demoSettings(), 50, 5), { expectedVersion: 1, savedBy: 'fixture' });
  if (!v2.ok) throw new Error(v2.error.message);
  return { v1: v1.value.settings };
}

const openDeal = data.deals.find((d) => d.outcome === 'open' && d.ownerId === PEOPLE.eastRep.ownerId)!;

describe.each([
  ['bad JSON', '{"roles": {"rep": '],
  ['JSON the schema refuses', '{"roles": 5}'],
])('the latest settings row holds %s', (_, json) => {
  let r: Rig;
  let v1: Settings;
  beforeEach(async () => {
    r = rig();
    ({ v1 } = await twoVersions(r));
    r.corruptLatest(json);
  });

  it('cards answer on the last good version, with a notice saying which, and no storage error for the rep', async () => {
    const card = dataOf(await ownerScorecard({}, r.as('eastRep')));
    expect(card.settingsFallback).toEqual({ corruptVersion: 2, usedVersion: 1 });
    const healthy = rig();
    await healthy.store.settings.save(PORTAL_ID, v1, { expectedVersion: 0, savedBy: 'fixture' });
    const onV1 = dataOf(await ownerScorecard({}, healthy.as('eastRep')));
    expect(card.kpis).toEqual(onV1.kpis);
    expect(onV1.settingsFallback).toBeNull();
    const deal = dataOf(await dealKpis({ dealId: openDeal.id }, r.as('eastRep')));
    expect(deal.settingsFallback).toEqual({ corruptVersion: 2, usedVersion: 1 });
    expect(JSON.stringify(deal)).not.toMatch(/is corrupt|not JSON|schema/);
    expect(dataOf(await funnelHealth({}, r.as('director'))).settingsFallback).toEqual({ corruptVersion: 2, usedVersion: 1 });
  });

  it('logs the corrupt version for the operator', async () => {
    await ownerScorecard({}, r.as('eastRep'));
    expect(r.logged).toHaveLength(1);
    expect(r.logged[0]).toMatch(new RegExp(`settings of portal ${PORTAL_ID}: settings version 2 of portal ${PORTAL_ID} is corrupt: .*; serving version 1 until an admin saves or restores over version 2`));
  });

  it('shows the admin what is wrong, and lets them save over it', async () => {
    const page = dataOf(await getSettings({}, r.as('admin')));
    expect(page.version).toBe(2);
    expect(page.settings).toEqual(v1);
    expect(page.fallback).toEqual({ corruptVersion: 2, usedVersion: 1, reason: expect.stringMatching(/settings version 2 of portal \d+ is corrupt: the stored settings (are not JSON|do not match the schema)/) });
    const saved = dataOf(await saveSettings({ settings: withRepWeights(demoSettings(), 45, 10), expectedVersion: page.version }, r.as('admin')));
    expect(saved).toMatchObject({ version: 3, fallback: null });
    const after = dataOf(await ownerScorecard({}, r.as('eastRep')));
    expect(after.settingsFallback).toBeNull();
  });

  it('lets the admin restore a good version over it, and refuses to restore the corrupt one, naming it', async () => {
    const refused = errorOf(await restoreSettings({ version: 2, expectedVersion: 2 }, r.as('admin')));
    expect(refused).toMatchObject({ code: 'invalid', fields: [{ field: 'version' }] });
    const restored = dataOf(await restoreSettings({ version: 1, expectedVersion: 2 }, r.as('admin')));
    expect(restored).toMatchObject({ version: 3, settings: v1, fallback: null });
    expect(dataOf(await settingsHistory({}, r.as('admin'))).versions.map((v) => v.version)).toEqual([3, 2, 1]);
  });
});

describe('the only settings row is corrupt', () => {
  it('falls back to the defaults (version 0 in force) and says so', async () => {
    const r = rig();
    await r.store.settings.save(PORTAL_ID, demoSettings(), { expectedVersion: 0, savedBy: 'fixture' });
    r.corruptLatest('not json');
    const page = dataOf(await getSettings({}, r.as('admin')));
    expect(page).toMatchObject({ version: 1, settings: defaultSettings(), fallback: { corruptVersion: 1, usedVersion: 0 } });
    // The defaults name no admin or director: a HubSpot super admin still gets in.
    expect(dataOf(await saveSettings({ settings: demoSettings(), expectedVersion: 1 }, r.as('admin'))).version).toBe(2);
  });
});
