import { crmPortFromSnapshot } from '../../src/crm/crmPortFromSnapshot';
import { digestPreview } from '../../src/handlers/digestPreview';
import { systemRunner } from '../../src/handlers/handlerDeps';
import { sendDigests } from '../../src/handlers/sendDigests';
import type { Harness } from './handlerFixture';
import { AS_OF, EAST_TEAM_ID, LEAKY_TEAM_ID, PEOPLE, PORTAL_ID, dataOf, demoData, errorOf, harness, tempStores, viewerOf } from './handlerFixture';

const openStore = tempStores();
const data = demoData(3000);
const runner = systemRunner(PORTAL_ID, 'scheduled digests');
let h: Harness;
beforeAll(async () => {
  h = await harness(openStore, data);
});

describe('sendDigests', () => {
  it('writes each manager one weekly digest and one summary per team, and nothing on a second run', async () => {
    const port = crmPortFromSnapshot(data);
    const deps = { ...h.deps(runner, port), digests: h.store.digests };
    const first = dataOf(await sendDigests({}, deps));
    const managers = new Set(h.settings.teams.flatMap((t) => t.managerOwnerIds));
    expect(first.created.filter((c) => c.kind === 'weekly').map((c) => c.ownerId).sort()).toEqual([...managers].filter((id) => data.owners.some((o) => o.id === id && o.active)).sort());
    expect(new Set(first.created.map((c) => c.period))).toEqual(new Set(['2026-W47', '2026-10']));
    expect(port.tasks.size).toBe(first.created.length);
    const east = [...port.tasks.values()].find((t) => t.ownerId === PEOPLE.eastManager.ownerId && t.subject.startsWith('Weekly'));
    expect(east?.subject).toMatch(/^Weekly sales progress 2026-W47: /);
    expect(east?.body).toContain('Pipeline created: ');

    const second = dataOf(await sendDigests({}, deps));
    expect(second.created).toEqual([]);
    expect(second.alreadySent).toBe(first.created.length);
    expect(port.tasks.size).toBe(first.created.length);
  });

  it('writes the next week’s digest once that week has ended, in the language the settings name', async () => {
    const zh = await harness(openStore, data, { ...h.settings, digests: { weekly: true, monthly: false, language: 'zh' } });
    const port = crmPortFromSnapshot(data);
    const nextMonday = AS_OF + 7 * 86_400_000;
    const run = (now: number) => sendDigests({}, { ...zh.deps(runner, port, now), digests: zh.store.digests });
    const weekOne = dataOf(await run(AS_OF));
    const weekTwo = dataOf(await run(nextMonday));
    expect(weekOne.created.every((c) => c.period === '2026-W47')).toBe(true);
    expect(weekTwo.created.every((c) => c.period === '2026-W48')).toBe(true);
    expect(weekTwo.created).toHaveLength(weekOne.created.length);
    expect([...port.tasks.values()].every((t) => t.subject.startsWith('每周销售进展报告'))).toBe(true);
  });

  it('is the schedule’s alone, and needs the backend’s ledger', async () => {
    expect(errorOf(await sendDigests({}, { ...h.deps(viewerOf('director')), digests: h.store.digests })).code).toBe('forbidden');
    expect(errorOf(await sendDigests({}, h.deps(runner))).code).toBe('needs_backend');
  });
});

describe('digestPreview', () => {
  it('shows a manager their own weekly digest and their team’s summary, in their language', async () => {
    const preview = dataOf(await digestPreview({}, h.deps({ ...viewerOf('eastManager'), locale: 'zh-CN' })));
    expect(preview.team.id).toBe(EAST_TEAM_ID);
    expect(preview.weekly.digest.manager.ownerId).toBe(PEOPLE.eastManager.ownerId);
    expect(preview.weekly.text.subject).toMatch(/^每周销售进展报告 2026-W47/);
    expect(preview.monthly.text.subject).toMatch(/^每月业绩总结 2026-10/);
  });

  it('lets a director choose any team, keeps a manager to theirs and a rep out', async () => {
    const director = dataOf(await digestPreview({ teamId: LEAKY_TEAM_ID }, h.deps(viewerOf('director'))));
    expect(director.monthly.summary.team.id).toBe(LEAKY_TEAM_ID);
    expect(errorOf(await digestPreview({ teamId: LEAKY_TEAM_ID }, h.deps(viewerOf('eastManager')))).code).toBe('forbidden');
    expect(errorOf(await digestPreview({}, h.deps(viewerOf('eastRep')))).code).toBe('forbidden');
  });
});
