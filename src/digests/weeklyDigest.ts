import type { PortalData, Team } from '../domain/portal';
import type { ManualScore } from '../domain/portal';
import type { Settings } from '../settings/settingsSchema';
import { conversionChanges } from './conversionChanges';
import type { WeeklyDigest } from './digestSchema';
import { newlyStalled } from './newlyStalled';
import type { ReportWeek } from './reportWeek';
import { weekBefore } from './reportWeek';
import { createdIn, wonIn } from './weekFlow';

/** A manual score as entered (the store's entries carry when). */
export type ScoreEntered = Pick<ManualScore, 'ownerId' | 'key'> & { enteredAt: number | null };

export interface WeeklyDigestInput {
  /** The deals of the teams' members, their owners and pipelines. */
  data: PortalData;
  settings: Settings;
  timeZone: string;
  week: ReportWeek;
  manager: { ownerId: string; name: string };
  teams: readonly Team[];
  scores: readonly ScoreEntered[];
}

/**
 * The weekly progress digest for one manager (每周销售进展报告, docs/kpis.md "Digests"): over
 * the members of the teams they manage, the pipeline created and the deals won in the week
 * against the week before, the stage pairs whose conversion moved, the deals that stalled
 * during the week and the scores entered. Pure: the week is given, nothing reads a clock.
 */
export function weeklyDigest(input: WeeklyDigestInput): WeeklyDigest {
  const { data, settings, week, teams } = input;
  const members = new Set(teams.flatMap((t) => t.memberOwnerIds));
  const deals = data.deals.filter((d) => d.ownerId !== null && members.has(d.ownerId));
  const previous = weekBefore(week, input.timeZone).bounds;
  const names = new Map(data.owners.map((o) => [o.id, o.name]));
  const byKey = new Map<string, number>();
  for (const s of input.scores) {
    if (!members.has(s.ownerId) || s.enteredAt === null || s.enteredAt < week.bounds.start || s.enteredAt >= week.bounds.end) continue;
    byKey.set(s.key, (byKey.get(s.key) ?? 0) + 1);
  }
  return {
    kind: 'weekly',
    week: week.label,
    from: new Date(week.bounds.start).toISOString(),
    to: new Date(week.bounds.end).toISOString(),
    manager: input.manager,
    teams: teams.map((t) => t.name),
    created: { week: createdIn(deals, week.bounds), previous: createdIn(deals, previous) },
    won: { week: wonIn(deals, week.bounds), previous: wonIn(deals, previous) },
    conversion: conversionChanges(data.pipelines, deals, week.bounds, settings.funnel),
    stalled: newlyStalled(data.pipelines, data.deals, deals, week.bounds, settings.funnel).map(({ ownerId, ...d }) => ({ ...d, ownerName: ownerId === null ? null : (names.get(ownerId) ?? null) })),
    scores: [...byKey].map(([key, count]) => ({ key, count })).sort((a, b) => a.key.localeCompare(b.key)),
  };
}
