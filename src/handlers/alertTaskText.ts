import type { FunnelPair } from './contracts/funnelHealth';
import type { AlertAssignee } from './alertAssignee';

export interface AlertSubjectOf {
  groupKind: 'team' | 'owner';
  groupName: string;
  /** For a rep: their team's name, when they have one. */
  teamName: string | null;
  pipelineLabel: string;
  period: string;
  pair: FunnelPair;
  /** Whether the pair is the pipeline's first (lead → opportunity in the articles). */
  firstPair: boolean;
}

const pct = (rate: number | null): string => (rate === null ? 'unknown' : `${(rate * 100).toFixed(1)}%`);

const whoOf = (a: Pick<AlertSubjectOf, 'groupKind' | 'groupName' | 'teamName'>): string => (a.groupKind === 'team' ? `team ${a.groupName}` : `${a.groupName}${a.teamName === null ? '' : ` (team ${a.teamName})`}`);

/** The task subject: severity, who, the pair, rate against threshold, period; the Chinese KPI name for managers who read it. */
export function alertSubject(a: AlertSubjectOf): string {
  const { pair } = a;
  return `[${pair.severity}] 阶段转化率 Stage conversion: ${whoOf(a)} ${pct(pair.rate)} ${pair.fromLabel} → ${pair.toLabel}, below ${pct(pair.threshold)} (${a.period})`;
}

/**
 * The task body (kpi-spec §5 threshold alert): what, for whom, the rate with n and the 95%
 * interval, the threshold, why this severity, and what the numbers usually mean.
 */
export function alertBody(a: AlertSubjectOf, assignee: AlertAssignee): string {
  const { pair } = a;
  const ci = pair.ci === null ? 'no interval' : `95% interval ${pct(pair.ci[0])}–${pct(pair.ci[1])}`;
  const severity =
    pair.severity === 'critical'
      ? 'Critical: even the top of the 95% interval is below the threshold, so the shortfall is not chance.'
      : 'Warning: the rate is below the threshold, though the 95% interval still reaches it.';
  const advice = a.firstPair
    ? 'A weak first step usually means the lead sources or the first qualification need work.'
    : 'Review the deals that stopped at this step with the people who worked them.';
  const routed = assignee.why === 'director' ? 'Sent to the directors: no single team manager owns this breach.' : assignee.why === 'nobody' ? 'No manager or director is named in the settings, so this task is unassigned.' : '';
  return [
    `阶段转化率 Stage conversion alert for ${whoOf(a)}`,
    `Pipeline: ${a.pipelineLabel}; period: ${a.period}; step: ${pair.fromLabel} → ${pair.toLabel}`,
    `Rate: ${pct(pair.rate)} (${pair.converted} of ${pair.entered} deals, n = ${pair.entered}), ${ci}`,
    `Threshold: ${pct(pair.threshold)}`,
    severity,
    advice,
    routed,
    'The KPI alert scan updates this task if the rate gets worse and completes it when the rate recovers.',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** The body of a task whose breach has cleared: the pair as it is now, or why it can no longer be judged. */
export function recoveryBody(a: Omit<AlertSubjectOf, 'pair' | 'firstPair'> & { pair: FunnelPair | null; fromLabel: string; toLabel: string }): string {
  const now =
    a.pair === null
      ? 'No deals of this group entered the step in the period any more.'
      : a.pair.severity === 'info'
        ? `Now only ${a.pair.entered} deals entered the step: too few to judge.`
        : `Now ${pct(a.pair.rate)} (${a.pair.converted} of ${a.pair.entered} deals), at or above the ${pct(a.pair.threshold)} threshold.`;
  return [`Resolved: 阶段转化率 Stage conversion for ${whoOf(a)}, ${a.fromLabel} → ${a.toLabel}, ${a.pipelineLabel}, ${a.period}.`, now].join('\n');
}
