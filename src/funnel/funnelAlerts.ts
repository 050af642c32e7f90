import type { PairConversion } from './pairConversion';
import type { Severity } from './pairSeverity';
import type { CohortTally } from './cohortTally';
import type { FunnelConversionInput } from './funnelConversion';
import { cohortWindow, pairsOf } from './funnelConversion';
import { newTally, tallyDeal } from './cohortTally';
import { buildStepIndex } from './stepIndex';
import { isClosed, readProgress } from './dealProgress';

/** A team or a rep whose funnel is judged: the deals of `ownerIds` count. */
export interface FunnelGroup {
  kind: 'team' | 'owner';
  id: string;
  ownerIds: readonly string[];
}

export interface GroupFunnel {
  kind: FunnelGroup['kind'];
  id: string;
  pairs: PairConversion[];
}

/** One pair of one group that is not `ok`: a breach (warning, critical) or too few deals (info). */
export interface FunnelAlert {
  group: { kind: FunnelGroup['kind']; id: string };
  pair: PairConversion;
}

export interface FunnelAlertsResult {
  groups: GroupFunnel[];
  /** Most severe first (critical, warning, info), then in group and funnel order. */
  alerts: FunnelAlert[];
}

/** A breach is what a manager must act on (and gets a HubSpot task for); info only says "too few deals". */
export const isBreach = (alert: FunnelAlert): boolean => alert.pair.severity === 'warning' || alert.pair.severity === 'critical';

const RANK: Record<Severity, number> = { critical: 0, warning: 1, info: 2, ok: 3 };

/**
 * Funnel conversion per team and per rep (kpi-spec §5: "alerts are computed per team and per
 * owner"). Each deal is read once and counted into every group its owner belongs to, so the
 * cost stays one pass over the deals however many groups there are.
 */
export function funnelAlerts(input: FunnelConversionInput & { groups: readonly FunnelGroup[] }): FunnelAlertsResult {
  const index = buildStepIndex(input.pipeline);
  const tallies = input.groups.map(() => newTally(index.steps.length - 1));
  const groupsOfOwner = ownerMembership(input.groups, tallies);
  const entered = new Float64Array(index.steps.length);
  const window = cohortWindow(input);
  for (const deal of input.deals) {
    if (deal.pipelineId !== index.pipelineId || deal.ownerId === null) continue;
    const targets = groupsOfOwner.get(deal.ownerId);
    if (!targets) continue;
    const furthest = readProgress(deal, index, entered);
    const closed = isClosed(deal);
    for (const tally of targets) tallyDeal(tally, entered, furthest, closed, window);
  }
  const groups = input.groups.map((group, i) => ({
    kind: group.kind,
    id: group.id,
    pairs: pairsOf(index, tallies[i] as CohortTally, input.funnel),
  }));
  return { groups, alerts: alertsOf(groups) };
}

/** Owner id → the tallies of the groups holding that owner (an owner listed twice in a group counts once). */
function ownerMembership(groups: readonly FunnelGroup[], tallies: readonly CohortTally[]): Map<string, CohortTally[]> {
  const byOwner = new Map<string, CohortTally[]>();
  groups.forEach((group, i) => {
    const tally = tallies[i] as CohortTally;
    for (const ownerId of new Set(group.ownerIds)) {
      const list = byOwner.get(ownerId);
      if (list) list.push(tally);
      else byOwner.set(ownerId, [tally]);
    }
  });
  return byOwner;
}

function alertsOf(groups: readonly GroupFunnel[]): FunnelAlert[] {
  const alerts = groups.flatMap((group) =>
    group.pairs.filter((pair) => pair.severity !== 'ok').map((pair) => ({ group: { kind: group.kind, id: group.id }, pair })),
  );
  return alerts.sort((a, b) => RANK[a.pair.severity] - RANK[b.pair.severity]);
}
