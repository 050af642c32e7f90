import type { SettingsContextDto } from '../../src/handlers/contracts/settings';
import type { Settings } from '../../src/settings/settingsSchema';
import { kpiName } from '../i18n/kpiName';
import type { I18n } from '../i18n/useI18n';

type Labeller = (parts: string[], draft: Settings | null, context: SettingsContextDto | null, i18n: I18n) => string[];

const nth = (index: string | undefined, i18n: I18n): string => i18n.format.number(Number(index) + 1, 0);

const roles: Labeller = ([role, list, index, prop, sub], draft, _c, i18n) => {
  const { t, language } = i18n;
  const out = [t.settings.sections.scorecards, t.scorecard.role[role as 'rep'] ?? role ?? ''];
  const entry = index === undefined ? undefined : draft?.roles[role as 'rep']?.kpis[Number(index)];
  if (list === 'kpis' && index !== undefined) out.push(entry === undefined ? t.settings.entry(nth(index, i18n)) : kpiName(entry.kpi, language));
  if (prop === 'weight') out.push(t.scorecard.weight);
  if (prop === 'target') out.push(t.scorecard.target);
  if (prop === 'kpi') out.push(t.settings.fieldNames.kpi);
  if (prop === 'scoring') out.push(sub === 'floor' ? t.settings.floor : sub === 'cap' ? t.settings.cap : sub === 'bands' ? t.settings.scoringBands : t.settings.scoring);
  return out;
};

const grades: Labeller = ([index, prop], _d, _c, i18n) => {
  const { t } = i18n;
  const out = [t.settings.sections.grades];
  if (index !== undefined) out.push(t.settings.fieldNames.grade(nth(index, i18n)));
  if (prop === 'grade') out.push(t.settings.gradeName);
  if (prop === 'min') out.push(t.settings.gradeMin);
  return out;
};

const flags: Labeller = ([prop], _d, _c, { t }) => [t.settings.sections.grades, prop === 'improvementPlanAfterQuarters' ? t.settings.improvementAfter : t.settings.promotionAfter];

const commission: Labeller = ([key, index, prop], _d, _c, i18n) => {
  const { t } = i18n;
  const out = [t.settings.sections.commission];
  if (key === 'mode') out.push(t.settings.commissionMode);
  if (key === 'cap') out.push(t.settings.commissionCap);
  if (key === 'tiers' && index !== undefined) out.push(t.settings.fieldNames.tier(nth(index, i18n)));
  if (prop === 'from') out.push(t.settings.tierFrom);
  if (prop === 'rate') out.push(t.settings.tierRate);
  return out;
};

const funnel: Labeller = ([key, index], draft, context, i18n) => {
  const { t } = i18n;
  const out = [t.settings.sections.funnel];
  if (key === 'maturityDays') out.push(t.settings.maturityDays);
  if (key === 'minSample') out.push(t.settings.minSample);
  if (key === 'defaultThresholds') out.push(index === 'firstPair' ? t.settings.defaultFirstPair : index === 'middlePairs' ? t.settings.defaultMiddlePairs : t.settings.defaultLastToWon);
  if (key === 'thresholds' && index !== undefined) {
    const x = draft?.funnel.thresholds[Number(index)];
    const stages = context?.pipelines.find((p) => p.id === x?.pipelineId)?.stages ?? [];
    const label = (id: string | undefined) => stages.find((s) => s.id === id)?.label;
    const from = label(x?.fromStageId);
    const to = label(x?.toStageId);
    out.push(from !== undefined && to !== undefined ? t.settings.pairThreshold(from, to) : t.settings.fieldNames.threshold(nth(index, i18n)));
  }
  return out;
};

const mapping: Labeller = ([key], _d, _c, { t }) => [t.settings.sections.mapping, ...(key === undefined ? [] : [(t.settings.mapping as Record<string, string>)[key] ?? key])];

const quotas: Labeller = ([index, prop], _d, _c, i18n) => {
  const { t } = i18n;
  const out = [t.settings.sections.quotas];
  if (index !== undefined) out.push(t.settings.fieldNames.quota(nth(index, i18n)));
  if (prop === 'period') out.push(t.settings.quotaPeriod);
  if (prop === 'amount') out.push(t.settings.quotaAmount);
  if (prop === 'ownerId' || prop === 'teamId') out.push(t.settings.quotaFor);
  if (prop === 'split') out.push(t.settings.fieldNames.split);
  return out;
};

const teams: Labeller = ([index], draft, context, i18n) => {
  const { t } = i18n;
  const teamId = draft?.teams[Number(index)]?.teamId;
  const name = context?.teams.find((x) => x.id === teamId)?.name;
  return [t.settings.sections.organisation, name === undefined ? t.settings.fieldNames.team : t.settings.teamManagers(name)];
};

const organisation = (label: (t: I18n['t']) => string): Labeller => (_p, _d, _c, { t }) => [t.settings.sections.organisation, label(t)];

const LABELLERS: Record<string, Labeller> = {
  roles,
  grades,
  flags,
  commission,
  funnel,
  propertyMapping: mapping,
  quotas,
  revenueGoalGroupId: (_p, _d, _c, { t }) => [t.settings.sections.quotas, t.settings.revenueGoal],
  teams,
  directorOwnerIds: organisation((t) => t.settings.directors),
  timeZone: organisation((t) => t.settings.timeZone),
  fiscalYearStartMonth: organisation((t) => t.settings.fiscalStart),
  growthComparison: organisation((t) => t.settings.growthComparison),
  evaluation360: (_p, _d, _c, { t }) => [t.settings.fieldNames.evaluation360],
};

/** Where an error is, as the page names it ("Scorecards · Sales rep · Win rate · Weight"), never as a path. */
export function fieldLabel(field: string, draft: Settings | null, context: SettingsContextDto | null, i18n: I18n): string {
  const [section, ...rest] = field.split('.');
  const labeller = LABELLERS[section ?? ''];
  if (labeller === undefined) return i18n.t.settings.fieldNames.settings;
  return labeller(rest, draft, context, i18n).join(' · ');
}
