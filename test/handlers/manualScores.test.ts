import { importManualScores } from '../../src/handlers/importManualScores';
import { manualScoreSheet } from '../../src/handlers/manualScoreSheet';
import { ownerScorecard } from '../../src/handlers/ownerScorecard';
import { recordManualScore } from '../../src/handlers/recordManualScore';
import { systemRunner } from '../../src/handlers/handlerDeps';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { newKpiEntry } from '../../src/settings/defaultSettings';
import type { Settings } from '../../src/settings/settingsSchema';
import type { Harness, Person } from './handlerFixture';
import { AS_OF, PEOPLE, PORTAL_ID, dataOf, demoData, errorOf, harness, tempStores, viewerOf } from './handlerFixture';

const openStore = tempStores();
const data = demoData(3000);

/** The demo's rep template with a 360 review beside customer satisfaction. */
function settingsWith360(): Settings {
  const s = demoSettings();
  const kpis = s.roles.rep.kpis.map((e) => (e.kpi === 'manual:csat' ? { ...e, weight: e.weight - 5 } : e));
  return { ...s, roles: { ...s.roles, rep: { kpis: [...kpis, { ...newKpiEntry('manual:review_360', 5) }] } } };
}

let h: Harness;
beforeAll(async () => {
  h = await harness(openStore, data, settingsWith360());
});

const rep = PEOPLE.eastRep.ownerId;
const enter = (viewer: Person, input: Record<string, unknown>) => recordManualScore(input, h.deps(viewerOf(viewer)));

describe('recordManualScore: who enters what', () => {
  it('lets the rep’s manager enter a satisfaction score, naming who entered it and when', async () => {
    const out = dataOf(await enter('eastManager', { ownerId: rep, period: '2026-Q2', key: 'csat', score: 88 }));
    expect(out.entry).toMatchObject({ ownerId: rep, period: '2026-Q2', key: 'csat', source: null, score: 88, revision: 1, enteredByUserId: PEOPLE.eastManager.userId });
    expect(out.entry.enteredAt).toBe(new Date(AS_OF).toISOString());
    expect(out.entry.enteredBy).not.toMatch(/^user \d+$/);
    expect(out.replaced).toBeNull();
  });

  it('a correction names the score it replaced, and both stay in the history', async () => {
    await enter('eastManager', { ownerId: rep, period: '2026-Q1', key: 'csat', score: 60 });
    const out = dataOf(await enter('director', { ownerId: rep, period: '2026-q1', key: 'csat', score: 65 }));
    expect(out.replaced).toMatchObject({ score: 60, revision: 1, enteredByUserId: PEOPLE.eastManager.userId });
    expect(out.entry).toMatchObject({ score: 65, revision: 2, period: '2026-Q1', enteredByUserId: PEOPLE.director.userId });
    const sheet = dataOf(await manualScoreSheet({ ownerId: rep, period: '2026-Q1' }, h.deps(viewerOf('eastManager'))));
    expect(sheet.lines.find((l) => l.key === 'csat')?.history.map((e) => e.score)).toEqual([60, 65]);
  });

  it('lets a rep enter only their own self-assessment', async () => {
    expect(dataOf(await enter('eastRep', { ownerId: rep, period: '2026-Q2', key: 'review_360', score: 90, source: 'self' })).entry.source).toBe('self');
    expect(errorOf(await enter('eastRep', { ownerId: rep, period: '2026-Q2', key: 'csat', score: 100 })).code).toBe('forbidden');
    expect(errorOf(await enter('eastRep', { ownerId: rep, period: '2026-Q2', key: 'review_360', score: 100, source: 'manager' })).code).toBe('forbidden');
    expect(errorOf(await enter('eastRep2', { ownerId: rep, period: '2026-Q2', key: 'review_360', score: 10, source: 'self' })).code).toBe('forbidden');
    expect(errorOf(await enter('eastManager', { ownerId: rep, period: '2026-Q2', key: 'review_360', score: 10, source: 'self' })).code).toBe('forbidden');
  });

  it('keeps managers to their own teams and the scheduled runner out', async () => {
    expect(errorOf(await enter('southManager', { ownerId: rep, period: '2026-Q2', key: 'csat', score: 50 })).code).toBe('forbidden');
    const system = await recordManualScore({ ownerId: rep, period: '2026-Q2', key: 'csat', score: 50 }, h.deps(systemRunner(PORTAL_ID, 'scheduled scan')));
    expect(errorOf(system).code).toBe('forbidden');
  });

  it('refuses, with the field, scores the template does not ask for, out of range, for unknown owners or periods', async () => {
    const notAsked = errorOf(await enter('eastManager', { ownerId: rep, period: '2026-Q2', key: 'teamwork', score: 70 }));
    expect(notAsked).toMatchObject({ code: 'invalid', fields: [{ field: 'key' }] });
    expect(notAsked.message).toContain('csat');
    expect(errorOf(await enter('eastManager', { ownerId: rep, period: '2026-Q2', key: 'csat', score: 101 })).fields?.[0]?.field).toBe('score');
    expect(errorOf(await enter('eastManager', { ownerId: rep, period: '2026-Q2', key: 'csat', score: '' })).code).toBe('invalid');
    expect(errorOf(await enter('eastManager', { ownerId: 'nobody', period: '2026-Q2', key: 'csat', score: 70 })).code).toBe('not_found');
    expect(errorOf(await enter('eastManager', { ownerId: rep, period: 'next', key: 'csat', score: 70 })).fields?.[0]?.field).toBe('period');
    expect(await h.store.manualScores.list(PORTAL_ID, { ownerId: rep, key: 'teamwork' })).toEqual([]);
  });
});

describe('a score entered moves the scorecard', () => {
  it('the rep’s total changes by the KPI’s weight × its score change', async () => {
    await enter('eastManager', { ownerId: rep, period: '2026-Q3', key: 'csat', score: 40 });
    const before = dataOf(await ownerScorecard({ ownerId: rep, period: '2026-Q3' }, h.deps(viewerOf('eastManager'))));
    await enter('eastManager', { ownerId: rep, period: '2026-Q3', key: 'csat', score: 80 });
    const after = dataOf(await ownerScorecard({ ownerId: rep, period: '2026-Q3' }, h.deps(viewerOf('eastManager'))));
    const row = after.kpis.find((k) => k.id === 'manual:csat');
    const target = row?.target ?? 0;
    expect(row?.actual).toBe(80);
    const weight = row?.weight ?? 0;
    expect(weight).toBeGreaterThan(0);
    expect((after.total ?? 0) - (before.total ?? 0)).toBeCloseTo((weight * (Math.min(80 / target, 1.5) - Math.min(40 / target, 1.5)) * 100) / 100, 6);
  });
});

describe('manualScoreSheet', () => {
  it('lists the template’s scores for the rep, the 360 review per source, with what the viewer may enter', async () => {
    const asManager = dataOf(await manualScoreSheet({ ownerId: rep, period: '2026-Q2' }, h.deps(viewerOf('eastManager'))));
    expect(asManager.lines.map((l) => [l.key, l.source, l.mayEnter])).toEqual([
      ['csat', null, true],
      ['review_360', 'self', false],
      ['review_360', 'manager', true],
      ['review_360', 'customer', true],
    ]);
    expect(asManager.owners.map((o) => o.id)).toContain(rep);
    expect(asManager.owners.map((o) => o.id)).not.toContain(PEOPLE.southRep.ownerId);
    expect(asManager.mayImport).toBe(false);
    const asRep = dataOf(await manualScoreSheet({ period: '2026-Q2' }, h.deps(viewerOf('eastRep'))));
    expect(asRep.owner.id).toBe(rep);
    expect(asRep.lines.filter((l) => l.mayEnter).map((l) => l.source)).toEqual(['self']);
    expect(asRep.lines.find((l) => l.source === 'self')?.current?.score).toBe(90);
  });

  it('is refused for someone else’s rep', async () => {
    expect(errorOf(await manualScoreSheet({ ownerId: rep }, h.deps(viewerOf('southManager')))).code).toBe('forbidden');
  });
});

describe('importManualScores', () => {
  const csv = [
    'ownerId,email,key,period,score,source',
    `${rep},,csat,2026-Q4,77,`,
    `,${'eastRep2'}@nowhere.cn,csat,2026-Q4,70,`,
    `${PEOPLE.eastRep2.ownerId},,csat,2026-Q4,abc,`,
    '',
    `${rep},,teamwork,2026-Q4,70,`,
    `${rep},,review_360,2026-Q4,71,customer`,
    `${rep},,csat,2026-Q4,79,`,
  ].join('\n');

  it('stores the good rows and reports every refused one with its line and reason', async () => {
    const report = dataOf(await importManualScores({ csv }, h.deps(viewerOf('admin'))));
    expect(report.rows.map((r) => [r.line, r.outcome])).toEqual([
      [2, 'recorded'],
      [3, 'refused'],
      [4, 'refused'],
      [6, 'refused'],
      [7, 'recorded'],
      [8, 'corrected'],
    ]);
    expect(report.rows[1]?.reason).toContain('eastRep2@nowhere.cn');
    expect(report.rows[2]?.reason).toContain('"abc" is not a number');
    expect(report.rows[3]?.reason).toContain('has no Teamwork score');
    expect([report.recorded, report.corrected, report.refused]).toEqual([2, 1, 3]);
    expect(await h.store.manualScores.list(PORTAL_ID, { ownerId: rep, period: '2026-Q4', key: 'csat' })).toEqual([{ ownerId: rep, key: 'csat', period: '2026-Q4', score: 79 }]);
  });

  it('finds owners by e-mail, and refuses a file without the columns it needs', async () => {
    const email = data.owners.find((o) => o.id === PEOPLE.eastRep2.ownerId)?.email ?? '';
    const byEmail = dataOf(await importManualScores({ csv: `email,key,period,score\n${email.toUpperCase()},csat,2026-Q4,66\n` }, h.deps(viewerOf('admin'))));
    expect(byEmail.rows[0]).toMatchObject({ ownerId: PEOPLE.eastRep2.ownerId, outcome: 'recorded' });
    expect(errorOf(await importManualScores({ csv: 'name,score\nLi,80' }, h.deps(viewerOf('admin'))))).toMatchObject({ code: 'invalid', fields: [{ field: 'csv' }] });
  });

  it('is for admins only', async () => {
    expect(errorOf(await importManualScores({ csv }, h.deps(viewerOf('eastManager')))).code).toBe('forbidden');
  });
});
