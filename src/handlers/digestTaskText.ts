import type { MonthlySummary, WeeklyDigest } from '../digests/digestSchema';
import type { TaskLanguage } from './alertTaskText';

/** What becomes the manager's HubSpot task: its subject and its body. */
export interface DigestText {
  subject: string;
  body: string;
}

export interface DigestFormat {
  language: TaskLanguage;
  currency: string;
  timeZone: string;
}

/** A digest names at most this many stalled deals; the rest are counted. */
const MAX_LISTED = 20;

const money = (amount: number, f: DigestFormat) => new Intl.NumberFormat(f.language === 'zh' ? 'zh-CN' : 'en-US', { style: 'currency', currency: f.currency, maximumFractionDigits: 0 }).format(amount);
const pct = (rate: number | null, f: DigestFormat) => (rate === null ? (f.language === 'zh' ? '未知' : 'unknown') : `${(rate * 100).toFixed(1)}%`);
const day = (iso: string, f: DigestFormat, endExclusive = false) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: f.timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(Date.parse(iso) - (endExclusive ? 1 : 0));

type Flow = WeeklyDigest['created']['week'];

const TEXT = {
  en: {
    weeklySubject: (week: string, teams: string) => `Weekly sales progress ${week}: ${teams}`,
    weekLine: (week: string, from: string, to: string, teams: string) => `Week ${week} (${from} to ${to}), teams: ${teams}`,
    flow: (f: Flow, m: (n: number) => string) => `${f.count} deals, ${m(f.amount)}${f.amountUnknown > 0 ? ` (${f.amountUnknown} without an amount, not counted in it)` : ''}`,
    created: (now: string, before: string) => `Pipeline created: ${now}; the week before: ${before}`,
    won: (now: string, before: string) => `Won: ${now}; the week before: ${before}`,
    conversionTitle: 'Stage conversion that moved (deals entering the stage over the 13 weeks to each week’s end):',
    conversion: (pipeline: string, from: string, to: string, rate: string, was: string, n: number) => `- ${pipeline}: ${from} → ${to} ${rate}, was ${was} (n = ${n})`,
    noConversion: 'Stage conversion: no stage pair moved by 5 points or more.',
    stalledTitle: (n: number) => `Newly stalled deals (${n}): longer in their stage than most won deals were`,
    stalled: (name: string, owner: string, stage: string, days: number, line: number) => `- ${name} (${owner}), ${stage}: ${days} days, the line is ${line}`,
    noStalled: 'Newly stalled deals: none.',
    more: (n: number) => `- and ${n} more`,
    scores: (list: string) => `Scores entered: ${list}`,
    noScores: 'Scores entered: none this week.',
    unnamed: 'Unnamed deal',
    noOwner: 'no owner',
    monthlySubject: (month: string, team: string) => `Monthly performance summary ${month}: ${team}`,
    monthLine: (month: string, team: string) => `Month ${month}, team ${team}`,
    monthWon: (flow: string) => `Won: ${flow}`,
    monthCreated: (flow: string) => `Pipeline created: ${flow}`,
    attainment: (v: string) => `Team attainment: ${v}`,
    membersTitle: 'Members: won, attainment, total, grade, flags',
    member: (name: string, won: string, att: string, total: string, grade: string, flags: string) => `- ${name}: ${won}, ${att}, total ${total}, grade ${grade}${flags === '' ? '' : `, ${flags}`}`,
    noMembers: 'No active members.',
    flags: { promotion_candidate: 'promotion candidate', improvement_plan: 'improvement plan' },
    none: '—',
  },
  zh: {
    weeklySubject: (week: string, teams: string) => `每周销售进展报告 ${week}：${teams}`,
    weekLine: (week: string, from: string, to: string, teams: string) => `${week} 周（${from} 至 ${to}），团队：${teams}`,
    flow: (f: Flow, m: (n: number) => string) => `${f.count} 个商机，${m(f.amount)}${f.amountUnknown > 0 ? `（其中 ${f.amountUnknown} 个没有金额，未计入）` : ''}`,
    created: (now: string, before: string) => `新增商机：${now}；上周：${before}`,
    won: (now: string, before: string) => `成交：${now}；上周：${before}`,
    conversionTitle: '有变化的阶段转化率（截至每周末的 13 周内进入该阶段的商机）：',
    conversion: (pipeline: string, from: string, to: string, rate: string, was: string, n: number) => `- ${pipeline}：${from} → ${to} ${rate}，此前 ${was}（n = ${n}）`,
    noConversion: '阶段转化率：没有阶段变化达到 5 个百分点。',
    stalledTitle: (n: number) => `本周新停滞的商机（${n}）：在当前阶段停留的时间超过多数成交商机`,
    stalled: (name: string, owner: string, stage: string, days: number, line: number) => `- ${name}（${owner}），${stage}：${days} 天，停滞线 ${line} 天`,
    noStalled: '本周新停滞的商机：无。',
    more: (n: number) => `- 另有 ${n} 个`,
    scores: (list: string) => `录入的评分：${list}`,
    noScores: '录入的评分：本周无。',
    unnamed: '未命名商机',
    noOwner: '无负责人',
    monthlySubject: (month: string, team: string) => `每月业绩总结 ${month}：${team}`,
    monthLine: (month: string, team: string) => `${month} 月，团队 ${team}`,
    monthWon: (flow: string) => `成交：${flow}`,
    monthCreated: (flow: string) => `新增商机：${flow}`,
    attainment: (v: string) => `团队目标达成率：${v}`,
    membersTitle: '成员：成交额、达成率、总分、等级、标记',
    member: (name: string, won: string, att: string, total: string, grade: string, flags: string) => `- ${name}：${won}，${att}，总分 ${total}，等级 ${grade}${flags === '' ? '' : `，${flags}`}`,
    noMembers: '没有在职成员。',
    flags: { promotion_candidate: '晋升候选', improvement_plan: '改进计划' },
    none: '—',
  },
};

/** The weekly digest as a task: every figure in the manager's language, unknown amounts said. */
export function weeklyDigestText(d: WeeklyDigest, f: DigestFormat): DigestText {
  const t = TEXT[f.language];
  const m = (n: number) => money(n, f);
  const teams = d.teams.join(f.language === 'zh' ? '、' : ', ');
  const lines = [
    t.weekLine(d.week, day(d.from, f), day(d.to, f, true), teams),
    t.created(t.flow(d.created.week, m), t.flow(d.created.previous, m)),
    t.won(t.flow(d.won.week, m), t.flow(d.won.previous, m)),
    ...(d.conversion.length === 0 ? [t.noConversion] : [t.conversionTitle, ...d.conversion.map((c) => t.conversion(c.pipelineLabel, c.fromLabel, c.toLabel, pct(c.rate, f), pct(c.previousRate, f), c.n))]),
    ...(d.stalled.length === 0
      ? [t.noStalled]
      : [
          t.stalledTitle(d.stalled.length),
          ...d.stalled.slice(0, MAX_LISTED).map((s) => t.stalled(s.name ?? t.unnamed, s.ownerName ?? t.noOwner, s.stageLabel, Math.floor(s.days), Math.round(s.lineDays))),
          ...(d.stalled.length > MAX_LISTED ? [t.more(d.stalled.length - MAX_LISTED)] : []),
        ]),
    d.scores.length === 0 ? t.noScores : t.scores(d.scores.map((s) => `${s.key} ${s.count}`).join(f.language === 'zh' ? '，' : ', ')),
  ];
  return { subject: t.weeklySubject(d.week, teams), body: lines.join('\n') };
}

/** The monthly summary as a task: the team's totals, then each member's line. */
export function monthlySummaryText(s: MonthlySummary, f: DigestFormat): DigestText {
  const t = TEXT[f.language];
  const m = (n: number) => money(n, f);
  const flow = (x: Flow) => t.flow(x, m);
  const attainment = (a: MonthlySummary['attainment']) => (a.status === 'ok' ? pct(a.actual, f) : `${pct(null, f)}${a.reason === null ? '' : ` (${a.reason})`}`);
  const lines = [
    t.monthLine(s.month, s.team.name),
    t.monthWon(flow(s.won)),
    t.monthCreated(flow(s.created)),
    t.attainment(attainment(s.attainment)),
    ...(s.members.length === 0
      ? [t.noMembers]
      : [
          t.membersTitle,
          ...s.members.map((x) =>
            t.member(x.name, m(x.won), x.attainment.status === 'ok' ? pct(x.attainment.actual, f) : t.none, x.total === null ? t.none : x.total.toFixed(1), x.grade ?? t.none, x.flags.map((g) => t.flags[g]).join(f.language === 'zh' ? '、' : ', ')),
          ),
        ]),
  ];
  return { subject: t.monthlySubject(s.month, s.team.name), body: lines.join('\n') };
}
