import fc from 'fast-check';
import { generateDemoSnapshot, DEMO_CALENDAR } from '../../../src/emulator/demo/generateDemoSnapshot';
import { LEAKY_TEAM_ID } from '../../../src/emulator/demo/demoRoster';
import { demoSettings } from '../../../src/emulator/demo/demoSettings';
import { settingsSchema } from '../../../src/settings/settingsSchema';
import { NEW_BUSINESS_PIPELINE_ID, RENEWALS_PIPELINE_ID } from '../../../src/emulator/demo/demoPipelines';
import { parseSnapshot, portalFromSnapshot } from '../../../src/domain/portalFromSnapshot';
import type { ParsedPortal } from '../../../src/domain/portalFromSnapshot';
import type { SnapshotInput } from '../../../src/domain/snapshot';
import type { Deal, Pipeline } from '../../../src/domain/portal';
import { funnelConversion } from '../../../src/funnel/funnelConversion';
import { defaultSettings } from '../../../src/settings/defaultSettings';
import { formatPeriod, periodBounds, periodContaining, shiftPeriod } from '../../../src/domain/period';

const AS_OF = Date.parse('2026-11-23T00:00:00.000Z');
const DAY = 86_400_000;

function parsed(snapshot: SnapshotInput): ParsedPortal {
  const checked = parseSnapshot(snapshot);
  if (!checked.ok) throw new Error(checked.error);
  return portalFromSnapshot(checked.value);
}

describe('generateDemoSnapshot: determinism', () => {
  it('gives a deep-equal snapshot for the same (deals, seed, asOf)', () => {
    expect(generateDemoSnapshot({ deals: 300, seed: 7, asOf: AS_OF })).toEqual(generateDemoSnapshot({ deals: 300, seed: 7, asOf: AS_OF }));
  });

  it('gives different deals and names for a different seed, same shape', () => {
    const a = generateDemoSnapshot({ deals: 300, seed: 7, asOf: AS_OF });
    const b = generateDemoSnapshot({ deals: 300, seed: 8, asOf: AS_OF });
    expect(b.deals).not.toEqual(a.deals);
    expect(b.owners.map((o) => o.email)).not.toEqual(a.owners.map((o) => o.email));
    expect(b.owners.map((o) => o.id)).toEqual(a.owners.map((o) => o.id));
  });

  it('refuses a deal count that is not a whole number', () => {
    expect(() => generateDemoSnapshot({ deals: -1, seed: 1, asOf: AS_OF })).toThrow(RangeError);
    expect(() => generateDemoSnapshot({ deals: 1.5, seed: 1, asOf: AS_OF })).toThrow(RangeError);
  });
});

describe('generateDemoSnapshot: the portal it describes', () => {
  const snapshot = generateDemoSnapshot({ deals: 4000, seed: 42, asOf: AS_OF });
  const { data, issues } = parsed(snapshot);

  it('parses with zero data issues; deals without an amount are unknown (null), not issues', () => {
    expect(issues).toEqual([]);
    const rawEmpty = snapshot.deals.filter((d) => d.properties.amount == null || d.properties.amount === '');
    expect(rawEmpty.length).toBeGreaterThan(0);
    const nulls = data.deals.filter((d) => d.amount === null).map((d) => d.id);
    expect(nulls).toEqual(rawEmpty.map((d) => d.id));
  });

  it('has a Shanghai portal in CNY, on HubSpot’s main UI host', () => {
    expect(data.portal).toEqual({ id: 20260001, timeZone: 'Asia/Shanghai', currency: 'CNY', uiDomain: 'app.hubspot.com' });
  });

  it('has three teams, each a manager plus 4–5 reps, and a director and an admin outside them', () => {
    expect(data.teams).toHaveLength(3);
    for (const team of data.teams) expect(team.memberOwnerIds.length).toBeGreaterThanOrEqual(5);
    for (const team of data.teams) expect(team.memberOwnerIds.length).toBeLessThanOrEqual(6);
    const outside = data.owners.filter((o) => o.teamIds.length === 0);
    expect(outside).toHaveLength(2);
    const owning = new Set(data.deals.map((d) => d.ownerId));
    for (const team of data.teams) expect(team.memberOwnerIds.filter((id) => owning.has(id)).length).toBe(team.memberOwnerIds.length - 1);
  });

  it('has exactly one super-admin user, a RevOps owner without deals, and a user for every owner', () => {
    const admins = (data.users ?? []).filter((u) => u.superAdmin);
    expect(admins).toHaveLength(1);
    const adminOwner = data.owners.find((o) => String(o.userId) === admins[0]?.id);
    expect(adminOwner).toBeDefined();
    expect(data.deals.some((d) => d.ownerId === adminOwner?.id)).toBe(false);
    expect(new Set((data.users ?? []).map((u) => u.id))).toEqual(new Set(data.owners.map((o) => String(o.userId))));
  });

  it('has HubSpot’s default pipeline with its real stages and a renewals pipeline, both used', () => {
    const byId = new Map(data.pipelines.map((p) => [p.id, p]));
    expect(byId.get(NEW_BUSINESS_PIPELINE_ID)?.stages.map((s) => s.id)).toEqual([
      'appointmentscheduled', 'qualifiedtobuy', 'presentationscheduled', 'decisionmakerboughtin', 'contractsent', 'closedwon', 'closedlost',
    ]);
    expect(byId.get(NEW_BUSINESS_PIPELINE_ID)?.stages.map((s) => s.probability)).toEqual([0.2, 0.4, 0.6, 0.8, 0.9, 1, 0]);
    const renewals = byId.get(RENEWALS_PIPELINE_ID)?.stages ?? [];
    expect(renewals.filter((s) => s.outcome === 'open').length).toBeGreaterThanOrEqual(2);
    expect(renewals.map((s) => s.outcome).slice(-2)).toEqual(['won', 'lost']);
    expect(snapshot.pipelines[0]?.stages[0]?.metadata).toEqual({ isClosed: 'false', probability: '0.2' });
    for (const id of [NEW_BUSINESS_PIPELINE_ID, RENEWALS_PIPELINE_ID]) expect(data.deals.filter((d) => d.pipelineId === id).length).toBeGreaterThan(500);
  });

  it('loses deals at every open stage of both pipelines, and keeps some recent deals open', () => {
    for (const pipeline of data.pipelines) {
      const lostFrom = new Set(data.deals.filter((d) => d.pipelineId === pipeline.id && d.outcome === 'lost').map(lastOpenStage(pipeline.stages)));
      for (const stage of pipeline.stages.filter((s) => s.outcome === 'open')) expect(lostFrom).toContain(stage.id);
    }
    const open = data.deals.filter((d) => d.outcome === 'open');
    expect(open.length).toBeGreaterThan(20);
    for (const deal of open) expect(deal.createdAt).toBeGreaterThan(AS_OF - 365 * DAY);
  });

  it('tags deal types by pipeline and converts some amounts from USD', () => {
    const mistyped = data.deals.filter((d) => d.dealType !== (d.pipelineId === NEW_BUSINESS_PIPELINE_ID ? 'newbusiness' : 'existingbusiness'));
    expect(mistyped).toEqual([]);
    const usd = snapshot.deals.filter((d) => d.properties.amount_in_home_currency != null);
    expect(usd.length).toBeGreaterThan(10);
    const home = new Map(data.deals.map((d) => [d.id, d.amount]));
    for (const d of usd) expect(home.get(d.id)).toBe(Number(d.properties.amount_in_home_currency));
    const outside = data.deals.filter((d) => d.amount !== null && (d.amount < 20_000 || d.amount > 800_000));
    expect(outside).toEqual([]);
  });

  it('gives older deals only legacy hs_date_entered_ stamps in part, and lets some deals skip a stage', () => {
    const legacyOnly = snapshot.deals.filter((d) => {
      const keys = Object.keys(d.properties);
      return keys.some((k) => k.startsWith('hs_date_entered_')) && !keys.some((k) => k.startsWith('hs_v2_date_entered_'));
    });
    expect(legacyOnly.length).toBeGreaterThan(100);
    for (const d of legacyOnly) expect(Date.parse(String(d.properties.createdate))).toBeLessThan(AS_OF - 365 * DAY);
    const skipped = data.deals.filter((d) => d.outcome === 'won' && d.pipelineId === NEW_BUSINESS_PIPELINE_ID && Object.keys(d.stageEnteredAt).length < 6);
    expect(skipped.length).toBeGreaterThan(5);
  });

  it('sets a quota per rep and a team goal per team, every Shanghai quarter of the two years', () => {
    const reps = data.owners.filter((o) => data.deals.some((d) => d.ownerId === o.id));
    const goals = data.goals ?? [];
    const quarterOf = (at: number | null) => formatPeriod(periodContaining('quarter', at as number, DEMO_CALENDAR));
    const quarters = [...new Set(goals.map((g) => quarterOf(g.startAt)))];
    expect(quarters).toEqual(['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    const repGoals = goals.filter((g) => g.userId !== null);
    expect(repGoals).toHaveLength(reps.length * 9);
    for (const goal of goals) {
      const q = periodBounds(periodContaining('quarter', goal.startAt as number, DEMO_CALENDAR), DEMO_CALENDAR);
      expect([goal.startAt, goal.endAt]).toEqual([q.start, q.end - 1]);
      expect(goal.amount).toBeGreaterThanOrEqual(10_000);
    }
    for (const goal of repGoals) expect(reps.some((r) => r.userId === goal.userId)).toBe(true);
    for (const team of data.teams) {
      for (const quarter of quarters) {
        const teamGoals = goals.filter((g) => g.teamId === team.id && quarterOf(g.startAt) === quarter);
        const members = new Set(reps.filter((r) => r.teamIds.includes(team.id)).map((r) => r.userId));
        const sum = repGoals.filter((g) => members.has(g.userId) && quarterOf(g.startAt) === quarter).reduce((a, g) => a + (g.amount ?? 0), 0);
        expect(teamGoals.map((g) => g.amount)).toEqual([sum]);
      }
    }
  });

  it('logs meetings for every rep, all before asOf', () => {
    const reps = new Set(data.deals.map((d) => d.ownerId));
    expect(new Set((data.meetings ?? []).map((m) => m.ownerId))).toEqual(reps);
    expect((data.meetings ?? []).filter((m) => m.at === null || m.at >= AS_OF)).toEqual([]);
  });
});

/** The open stage a deal left last: the latest open stage it has a time for. */
function lastOpenStage(stages: readonly { id: string; outcome: string }[]): (deal: Deal) => string | undefined {
  return (deal) => stages.filter((s) => s.outcome === 'open' && deal.stageEnteredAt[s.id] !== undefined).pop()?.id;
}

describe('generateDemoSnapshot: invariants for any seed (fast-check)', () => {
  it('parses cleanly with ascending ids, ordered stage times and dates around asOf', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 0, max: 150 }), (seed, n) => {
        const snapshot = generateDemoSnapshot({ deals: n, seed, asOf: AS_OF });
        const { data, issues } = parsed(snapshot);
        expect(issues).toEqual([]);
        expect(data.deals).toHaveLength(n);
        const ids = data.deals.map((d) => Number(d.id));
        expect(ids).toEqual([...ids].sort((a, b) => a - b));
        for (const deal of data.deals) {
          const created = deal.createdAt as number;
          const times = Object.values(deal.stageEnteredAt);
          expect(created).toBeGreaterThanOrEqual(AS_OF - 2 * 365 * DAY);
          expect(Math.min(...times)).toBe(created);
          expect(Math.max(...times)).toBeLessThan(AS_OF);
          if (deal.outcome === 'open') expect(deal.closedAt).toBeGreaterThan(AS_OF);
          else expect(Math.max(...times)).toBe(deal.closedAt);
        }
      }),
      { numRuns: 12 },
    );
  });
});

describe('generateDemoSnapshot: the leaky team', () => {
  it('is the only team below 30% on appointment → qualified, in each of the last four quarters, with n well above 20', () => {
    const { data } = parsed(generateDemoSnapshot({ deals: 12000, seed: 3, asOf: AS_OF }));
    const pipeline = data.pipelines.find((p) => p.id === NEW_BUSINESS_PIPELINE_ID);
    const pairRate = (memberIds: readonly string[], bounds: { start: number; end: number }) => {
      const members = new Set(memberIds);
      let entered = 0;
      let converted = 0;
      for (const deal of data.deals) {
        if (deal.pipelineId !== pipeline?.id || !members.has(deal.ownerId ?? '')) continue;
        const first = deal.stageEnteredAt.appointmentscheduled;
        if (first === undefined || first < bounds.start || first >= bounds.end) continue;
        const moved = deal.outcome === 'won' || Object.keys(deal.stageEnteredAt).some((s) => s !== 'appointmentscheduled' && s !== 'closedlost');
        if (!moved && deal.outcome === 'open' && AS_OF - first < 30 * DAY) continue;
        entered++;
        if (moved) converted++;
      }
      return { entered, rate: converted / entered };
    };
    let quarter = shiftPeriod(periodContaining('quarter', AS_OF, DEMO_CALENDAR), -1);
    for (let k = 0; k < 4; k++, quarter = shiftPeriod(quarter, -1)) {
      const bounds = periodBounds(quarter, DEMO_CALENDAR);
      for (const team of data.teams) {
        const { entered, rate } = pairRate(team.memberOwnerIds, bounds);
        expect(entered).toBeGreaterThan(100);
        if (team.id === LEAKY_TEAM_ID) expect(rate).toBeLessThan(0.25);
        else expect(rate).toBeGreaterThan(0.4);
        const members = new Set(team.memberOwnerIds);
        const deals = data.deals.filter((d) => members.has(d.ownerId ?? ''));
        const [first] = funnelConversion({ pipeline: pipeline as Pipeline, deals, bounds, now: AS_OF, funnel: defaultSettings().funnel });
        expect([first?.entered, first?.rate]).toEqual([entered, rate]);
        expect(first?.severity).toBe(team.id === LEAKY_TEAM_ID ? 'critical' : 'ok');
      }
    }
  });
});

describe('demoSettings', () => {
  it('names the roster’s managers, director and admin, and passes the settings schema', () => {
    const snapshot = generateDemoSnapshot({ deals: 0, seed: 9, asOf: AS_OF });
    const settings = demoSettings();
    expect(settingsSchema.safeParse(settings).success).toBe(true);
    const owner = (id: string) => snapshot.owners.find((o) => o.id === id);
    for (const team of settings.teams) expect(owner(team.managerOwnerIds[0] ?? '')?.teams?.[0]?.id).toBe(team.teamId);
    expect(owner(settings.directorOwnerIds[0] ?? '')?.teams).toEqual([]);
    const admin = snapshot.users?.find((u) => u.superAdmin);
    expect(settings.adminUserIds).toEqual([Number(admin?.id)]);
  });
});
