import { viewerContext } from '../../src/handlers/viewerContext';
import type { Harness, Person } from './handlerFixture';
import { dataOf, demoData, harness, tempStores, viewerOf } from './handlerFixture';

const openStore = tempStores();
let h: Harness;
beforeAll(async () => {
  h = await harness(openStore, demoData(1000));
});

describe('viewerContext', () => {
  it.each([
    ['eastRep', 'rep', { mine: true, team: false, scores: true, funnel: false, segments: false, reports: false }],
    ['eastManager', 'manager', { mine: true, team: true, scores: true, funnel: true, segments: true, reports: true }],
    ['director', 'director', { mine: true, team: true, scores: true, funnel: true, segments: true, reports: true }],
    ['noOwner', 'none', { mine: false, team: false, scores: false, funnel: false, segments: false, reports: false }],
  ] as const)('%s is a %s and may use %o', async (person, role, views) => {
    const out = dataOf(await viewerContext({}, h.deps(viewerOf(person as Person))));
    expect(out.role).toBe(role);
    expect(out.views).toEqual(views);
  });
});
