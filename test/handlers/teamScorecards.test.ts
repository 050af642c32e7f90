import { ownerScorecard } from '../../src/handlers/ownerScorecard';
import { teamScorecards } from '../../src/handlers/teamScorecards';
import type { Harness } from './handlerFixture';
import { EAST_TEAM_ID, LEAKY_TEAM_ID, PEOPLE, dataOf, demoData, errorOf, harness, tempStores, viewerOf } from './handlerFixture';

const openStore = tempStores();
const data = demoData(3000);
let h: Harness;
beforeAll(async () => {
  h = await harness(openStore, data);
});

describe('teamScorecards', () => {
  it('shows the manager’s team, each member exactly as their own scorecard shows them', async () => {
    const table = dataOf(await teamScorecards({ period: '2026-Q3' }, h.deps(viewerOf('eastManager'))));
    expect(table.team.id).toBe(EAST_TEAM_ID);
    expect(table.teams.map((t) => t.id)).toEqual([EAST_TEAM_ID]);
    expect(table.members.length).toBeGreaterThanOrEqual(4);
    expect(table.members.map((m) => m.ownerId)).not.toContain(PEOPLE.eastManager.ownerId);
    for (const member of table.members) {
      const card = dataOf(await ownerScorecard({ ownerId: member.ownerId, period: '2026-Q3' }, h.deps(viewerOf('eastManager'))));
      expect({ id: member.ownerId, total: member.total, grade: member.grade, flags: member.flags }).toEqual({ id: card.owner.id, total: card.total, grade: card.grade, flags: card.flags });
      expect(member.scores.map((s) => [s.kpi, s.score, s.weight])).toEqual(card.kpis.map((k) => [k.id, k.score, k.weight]));
      expect(member.previousTotal).toBe(card.history[card.history.length - 1]?.total ?? null);
    }
    expect(table.kpis).toEqual(h.settings.roles.rep.kpis.map((e) => e.kpi));
  });

  it('says, like each scorecard, that settings saved after the quarter ended scored it', async () => {
    const ended = dataOf(await teamScorecards({ period: '2026-Q3' }, h.deps(viewerOf('eastManager'))));
    const card = dataOf(await ownerScorecard({ ownerId: PEOPLE.eastRep.ownerId, period: '2026-Q3' }, h.deps(viewerOf('eastManager'))));
    expect(ended.scoredWith).toEqual({ ...card.scoredWith, afterEarlierPeriods: true });
    expect(ended.scoredWith?.afterPeriodEnded).toBe(true);
    const running = dataOf(await teamScorecards({ period: '2026-Q4' }, h.deps(viewerOf('eastManager'))));
    expect([running.scoredWith?.afterPeriodEnded, running.scoredWith?.afterEarlierPeriods]).toEqual([false, true]);
  });

  it('gives the team’s own line in the reps’ columns, its won revenue the sum of its members’', async () => {
    const table = dataOf(await teamScorecards({ period: '2026-Q3' }, h.deps(viewerOf('eastManager'))));
    expect(table.teamLine.scores.map((s) => s.kpi)).toEqual(table.kpis);
    expect(table.teamLine.total).not.toBeNull();
  });

  it('lets directors open any team, and keeps managers to theirs and reps out', async () => {
    const director = dataOf(await teamScorecards({ period: '2026-Q3', teamId: LEAKY_TEAM_ID }, h.deps(viewerOf('director'))));
    expect(director.team.id).toBe(LEAKY_TEAM_ID);
    expect(director.teams).toHaveLength(data.teams.length);
    expect(errorOf(await teamScorecards({ teamId: LEAKY_TEAM_ID }, h.deps(viewerOf('eastManager')))).code).toBe('forbidden');
    expect(errorOf(await teamScorecards({}, h.deps(viewerOf('eastRep')))).code).toBe('forbidden');
    expect(errorOf(await teamScorecards({ teamId: 'nope' }, h.deps(viewerOf('director')))).code).toBe('not_found');
  });

  it('reads the team once, not the portal', async () => {
    const spy = jest.spyOn(h.port, 'scorecardData');
    await teamScorecards({ period: '2026-Q3' }, h.deps(viewerOf('eastManager')));
    const calls = spy.mock.calls.map((c) => c[0]);
    spy.mockRestore();
    expect(calls).toHaveLength(1);
    const team = data.teams.find((t) => t.id === EAST_TEAM_ID);
    expect(new Set(calls[0]?.ownerIds)).toEqual(new Set(team?.memberOwnerIds));
  });
});
