import type { FunnelPair } from './contracts/funnelHealth';
import type { AlertAssignee } from './alertAssignee';

/** The language a task is written in: the language of whoever runs the scan (see taskLanguage). */
export type TaskLanguage = 'en' | 'zh';

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
  language: TaskLanguage;
}

const pct = (rate: number | null, language: TaskLanguage): string => (rate === null ? (language === 'zh' ? '未知' : 'unknown') : `${(rate * 100).toFixed(1)}%`);

function whoOf(a: Pick<AlertSubjectOf, 'groupKind' | 'groupName' | 'teamName' | 'language'>): string {
  if (a.language === 'zh') return a.groupKind === 'team' ? `团队 ${a.groupName}` : `${a.groupName}${a.teamName === null ? '' : `（团队 ${a.teamName}）`}`;
  return a.groupKind === 'team' ? `team ${a.groupName}` : `${a.groupName}${a.teamName === null ? '' : ` (team ${a.teamName})`}`;
}

const SEVERITY_ZH: Record<string, string> = { critical: '严重', warning: '预警', info: '样本不足', ok: '正常' };

/** The task subject in one language: severity, who, the pair, rate against threshold, period. */
export function alertSubject(a: AlertSubjectOf): string {
  const { pair, language } = a;
  if (language === 'zh') {
    return `[${SEVERITY_ZH[pair.severity] ?? pair.severity}] 阶段转化率：${whoOf(a)} ${pair.fromLabel} → ${pair.toLabel} 为 ${pct(pair.rate, language)}，低于 ${pct(pair.threshold, language)}（${a.period}）`;
  }
  return `[${pair.severity}] Stage conversion: ${whoOf(a)} ${pct(pair.rate, language)} ${pair.fromLabel} → ${pair.toLabel}, below ${pct(pair.threshold, language)} (${a.period})`;
}

const BODY = {
  en: {
    title: (who: string) => `Stage conversion alert for ${who}`,
    where: (pipeline: string, period: string, step: string) => `Pipeline: ${pipeline}; period: ${period}; step: ${step}`,
    rate: (rate: string, converted: number, entered: number, ci: string) => `Rate: ${rate} (${converted} of ${entered} deals, n = ${entered}), ${ci}`,
    interval: (low: string, high: string) => `95% interval ${low}–${high}`,
    noInterval: 'no interval',
    threshold: (t: string) => `Threshold: ${t}`,
    critical: 'Critical: even the top of the 95% interval is below the threshold, so the shortfall is not chance.',
    warning: 'Warning: the rate is below the threshold, though the 95% interval still reaches it.',
    firstPair: 'A weak first step usually means the lead sources or the first qualification need work.',
    laterPair: 'Review the deals that stopped at this step with the people who worked them.',
    director: 'Sent to the directors: no single team manager owns this breach.',
    nobody: 'No manager or director is named in the settings, so this task is unassigned.',
    footer: 'The KPI alert scan updates this task if the rate gets worse and completes it when the rate recovers.',
    resolved: (who: string, step: string, pipeline: string, period: string) => `Resolved: stage conversion for ${who}, ${step}, ${pipeline}, ${period}.`,
    gone: 'No deals of this group entered the step in the period any more.',
    tooFew: (n: number) => `Now only ${n} deals entered the step: too few to judge.`,
    recovered: (rate: string, converted: number, entered: number, t: string) => `Now ${rate} (${converted} of ${entered} deals), at or above the ${t} threshold.`,
  },
  zh: {
    title: (who: string) => `阶段转化率预警：${who}`,
    where: (pipeline: string, period: string, step: string) => `管道：${pipeline}；周期：${period}；阶段：${step}`,
    rate: (rate: string, converted: number, entered: number, ci: string) => `转化率：${rate}（${entered} 笔中 ${converted} 笔，n = ${entered}），${ci}`,
    interval: (low: string, high: string) => `95% 区间 ${low}–${high}`,
    noInterval: '无区间',
    threshold: (t: string) => `阈值：${t}`,
    critical: '严重：95% 区间的上限仍低于阈值，差距并非偶然。',
    warning: '预警：转化率低于阈值，但 95% 区间仍可达到阈值。',
    firstPair: '第一步偏弱，通常说明线索来源或首次资格审核需要改进。',
    laterPair: '请与经手人一起复盘停在此阶段的交易。',
    director: '已发送给销售总监：没有单一团队经理负责此预警。',
    nobody: '设置中未指定经理或总监，因此此任务未分配。',
    footer: '转化率变差时，KPI 预警扫描会更新此任务；转化率恢复后会自动完成此任务。',
    resolved: (who: string, step: string, pipeline: string, period: string) => `已恢复：${who} 的阶段转化率，${step}，${pipeline}，${period}。`,
    gone: '本期已没有该组的交易进入此阶段。',
    tooFew: (n: number) => `目前只有 ${n} 笔交易进入此阶段，样本太少，无法判断。`,
    recovered: (rate: string, converted: number, entered: number, t: string) => `目前为 ${rate}（${entered} 笔中 ${converted} 笔），已达到或高于 ${t} 的阈值。`,
  },
} as const;

/**
 * The task body (kpi-spec §5 threshold alert), in one language: what, for whom, the rate with n
 * and the 95% interval, the threshold, why this severity, and what the numbers usually mean.
 */
export function alertBody(a: AlertSubjectOf, assignee: AlertAssignee): string {
  const { pair, language } = a;
  const m = BODY[language];
  const ci = pair.ci === null ? m.noInterval : m.interval(pct(pair.ci[0], language), pct(pair.ci[1], language));
  const routed = assignee.why === 'director' ? m.director : assignee.why === 'nobody' ? m.nobody : '';
  return [
    m.title(whoOf(a)),
    m.where(a.pipelineLabel, a.period, `${pair.fromLabel} → ${pair.toLabel}`),
    m.rate(pct(pair.rate, language), pair.converted, pair.entered, ci),
    m.threshold(pct(pair.threshold, language)),
    pair.severity === 'critical' ? m.critical : m.warning,
    a.firstPair ? m.firstPair : m.laterPair,
    routed,
    m.footer,
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** The body of a task whose breach has cleared: the pair as it is now, or why it can no longer be judged. */
export function recoveryBody(a: Omit<AlertSubjectOf, 'pair' | 'firstPair'> & { pair: FunnelPair | null; fromLabel: string; toLabel: string }): string {
  const m = BODY[a.language];
  const now =
    a.pair === null
      ? m.gone
      : a.pair.severity === 'info'
        ? m.tooFew(a.pair.entered)
        : m.recovered(pct(a.pair.rate, a.language), a.pair.converted, a.pair.entered, pct(a.pair.threshold, a.language));
  return [m.resolved(whoOf(a), `${a.fromLabel} → ${a.toLabel}`, a.pipelineLabel, a.period), now].join('\n');
}
