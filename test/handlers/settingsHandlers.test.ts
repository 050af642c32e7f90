import { defaultSettings } from '../../src/settings/defaultSettings';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { getSettings } from '../../src/handlers/getSettings';
import { systemRunner } from '../../src/handlers/handlerDeps';
import { restoreSettings } from '../../src/handlers/restoreSettings';
import { saveSettings } from '../../src/handlers/saveSettings';
import { settingsContext } from '../../src/handlers/settingsContext';
import { settingsHistory } from '../../src/handlers/settingsHistory';
import type { Settings } from '../../src/settings/settingsSchema';
import type { Harness, Person } from './handlerFixture';
import { PORTAL_ID, dataOf, demoData, errorOf, harness, tempStores, viewerOf } from './handlerFixture';

const openStore = tempStores();
const data = demoData(200);

/** A fresh portal per test: the demo settings saved once (version 1) by the fixture. */
let h: Harness;
beforeEach(async () => {
  h = await harness(openStore, data);
});

const as = (person: Person) => h.deps(viewerOf(person));
const withWeights = (settings: Settings, first: number, second: number): Settings => {
  const kpis = settings.roles.rep.kpis.map((entry, i) => (i === 0 ? { ...entry, weight: first } : i === 1 ? { ...entry, weight: second } : entry));
  return { ...settings, roles: { ...settings.roles, rep: { kpis } } };
};

describe('getSettings and settingsContext', () => {
  it('answers the defaults as version 0 on a portal that never saved', async () => {
    const fresh = openStore();
    const deps = { ...as('admin'), settings: fresh.settings };
    expect(dataOf(await getSettings({}, deps))).toEqual({ version: 0, settings: defaultSettings(), savedAt: null, savedBy: null, fallback: null });
  });

  it('answers the saved version to admins and directors, and refuses reps and managers', async () => {
    expect(dataOf(await getSettings({}, as('admin')))).toMatchObject({ version: 1, settings: demoSettings(), savedBy: 'fixture' });
    expect(dataOf(await getSettings(undefined, as('director'))).version).toBe(1);
    expect(errorOf(await getSettings({}, as('eastRep'))).code).toBe('forbidden');
    expect(errorOf(await getSettings({}, as('eastManager'))).code).toBe('forbidden');
    expect(errorOf(await getSettings({}, as('noOwner'))).code).toBe('forbidden');
  });

  it('lists what the settings page picks from: pipelines with ordered stages, owners, teams, properties, time zone', async () => {
    const page = dataOf(await settingsContext({}, as('admin')));
    expect(page.portalTimeZone).toBe('Asia/Shanghai');
    expect(page.pipelines[0]?.stages.map((s) => s.id)).toEqual(['appointmentscheduled', 'qualifiedtobuy', 'presentationscheduled', 'decisionmakerboughtin', 'contractsent', 'closedwon', 'closedlost']);
    expect(page.pipelines[0]?.stages.at(-1)?.outcome).toBe('lost');
    expect(page.owners).toHaveLength(data.owners.length);
    expect(page.teams.map((t) => t.name)).toContain('South China 华南');
    expect(page.dealProperties.find((p) => p.name === 'amount')?.type).toBe('number');
  });
});

describe('saveSettings', () => {
  it('saves a valid edit as the next version, named after the admin', async () => {
    const saved = dataOf(await saveSettings({ settings: withWeights(demoSettings(), 50, 5), expectedVersion: 1 }, as('admin')));
    expect(saved).toMatchObject({ version: 2, savedBy: 'admin@demo-sales.cn (user 51000002)' });
    expect(dataOf(await getSettings({}, as('admin'))).settings).toEqual(withWeights(demoSettings(), 50, 5));
  });

  it('refuses a stale version as a conflict and changes nothing', async () => {
    dataOf(await saveSettings({ settings: withWeights(demoSettings(), 50, 5), expectedVersion: 1 }, as('admin')));
    const stale = errorOf(await saveSettings({ settings: withWeights(demoSettings(), 30, 25), expectedVersion: 1 }, as('admin')));
    expect(stale.code).toBe('conflict');
    expect(stale.message).toMatch(/you edited version 1, the current version is 2/);
    expect(dataOf(await getSettings({}, as('admin')))).toMatchObject({ version: 2, settings: withWeights(demoSettings(), 50, 5) });
  });

  it('lists every invalid field and saves nothing', async () => {
    const bad = { ...withWeights(demoSettings(), 50, 15), directorOwnerIds: ['nobody-here'], fiscalYearStartMonth: 13 };
    const error = errorOf(await saveSettings({ settings: bad, expectedVersion: 1 }, as('admin')));
    expect(error.code).toBe('invalid');
    const fields = (error.fields ?? []).map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['fiscalYearStartMonth', 'roles.rep.kpis', 'directorOwnerIds.0']));
    expect(dataOf(await settingsHistory({}, as('admin'))).versions).toHaveLength(1);
  });

  it('names a missing expectedVersion as an invalid field', async () => {
    expect(errorOf(await saveSettings({ settings: demoSettings() }, as('admin')))).toMatchObject({ code: 'invalid', fields: [{ field: 'expectedVersion' }] });
  });

  it.each(['director', 'eastManager', 'eastRep', 'noOwner'] as const)('refuses %s', async (person) => {
    expect(errorOf(await saveSettings({ settings: demoSettings(), expectedVersion: 1 }, as(person))).code).toBe('forbidden');
    expect(dataOf(await settingsHistory({}, as('admin'))).versions).toHaveLength(1);
  });

  it.each([null, [], 'weights', 7])('names the field `settings` when the settings are %j, and saves nothing', async (settings) => {
    const error = errorOf(await saveSettings({ settings, expectedVersion: 1 }, as('admin')));
    expect(error.code).toBe('invalid');
    expect(error.fields?.map((f) => f.field)).toEqual(['settings']);
    expect(dataOf(await settingsHistory({}, as('admin'))).versions).toHaveLength(1);
  });

  it('refuses the system runner', async () => {
    expect(errorOf(await saveSettings({ settings: demoSettings(), expectedVersion: 1 }, h.deps(systemRunner(PORTAL_ID, 'cron')))).code).toBe('forbidden');
  });
});

describe('settingsHistory and restoreSettings', () => {
  it('keeps every version and restores an old one as a new version', async () => {
    dataOf(await saveSettings({ settings: withWeights(demoSettings(), 50, 5), expectedVersion: 1 }, as('admin')));
    dataOf(await saveSettings({ settings: withWeights(demoSettings(), 30, 25), expectedVersion: 2 }, as('admin')));
    const restored = dataOf(await restoreSettings({ version: 1, expectedVersion: 3 }, as('admin')));
    expect(restored).toMatchObject({ version: 4, settings: demoSettings() });
    expect(dataOf(await settingsHistory({}, as('director'))).versions.map((v) => v.version)).toEqual([4, 3, 2, 1]);
    expect(dataOf(await getSettings({}, as('admin'))).settings).toEqual(demoSettings());
  });

  it('refuses a stale restore as a conflict, an unknown version as not found, and non-admins', async () => {
    dataOf(await saveSettings({ settings: withWeights(demoSettings(), 50, 5), expectedVersion: 1 }, as('admin')));
    expect(errorOf(await restoreSettings({ version: 1, expectedVersion: 1 }, as('admin'))).code).toBe('conflict');
    expect(errorOf(await restoreSettings({ version: 9, expectedVersion: 2 }, as('admin'))).code).toBe('not_found');
    expect(errorOf(await restoreSettings({ version: 1, expectedVersion: 2 }, as('director'))).code).toBe('forbidden');
    expect(dataOf(await settingsHistory({}, as('admin'))).versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it('refuses to restore a version that names an owner the portal no longer has', async () => {
    const leaver = '71000035';
    const withLeaver = { ...demoSettings(), directorOwnerIds: [...demoSettings().directorOwnerIds, leaver] };
    dataOf(await saveSettings({ settings: withLeaver, expectedVersion: 1 }, as('admin')));
    dataOf(await saveSettings({ settings: demoSettings(), expectedVersion: 2 }, as('admin')));
    const shrunk = { ...data, owners: data.owners.filter((o) => o.id !== leaver) };
    const smaller = await harness(openStore, shrunk);
    const deps = { ...smaller.deps(viewerOf('admin')), settings: h.store.settings };
    const error = errorOf(await restoreSettings({ version: 2, expectedVersion: 3 }, deps));
    expect(error).toMatchObject({ code: 'invalid', fields: [{ field: 'directorOwnerIds.1' }] });
    expect(dataOf(await settingsHistory({}, deps)).versions).toHaveLength(3);
  });
});
