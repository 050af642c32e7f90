import { i18nFor } from '../../../extensions/i18n/useI18n';
import { humanErrors, localMessage } from '../../../extensions/settings/humanFieldError';
import { fieldLabel } from '../../../extensions/settings/fieldLabel';
import { defaultSettings } from '../../../src/settings/defaultSettings';
import { FIELD_REASONS } from '../../../src/settings/fieldError';

const zh = i18nFor('zh-CN');
const en = i18nFor('en-US');
const draft = defaultSettings();
/** Params every reason may name, as numbers and names an admin would have typed. */
const PARAMS = { sum: 110, min: 0, max: 1, strict: 0, length: 12, value: '42', kpi: 'win_rate', entry: 1, floor: 0.5, cap: 0.4, from: 0.2, grade: 'B', other: 'A', tier: 2, previous: 1, previousFrom: 0.2, first: 1, pipeline: '42', stage: '7', to: '8', period: '2026-13', owner: '999', team: '12', property: '42', objectType: 'line_items' };

describe('settings messages', () => {
  it('words every reason in Chinese for zh-CN, with no English word in it', () => {
    for (const reason of FIELD_REASONS) {
      const message = localMessage({ field: 'commission.tiers.1.rate', message: 'English', reason, params: PARAMS }, draft, zh);
      expect([reason, message.replace(/KPI|IANA|Asia\/Shanghai/g, '')]).not.toEqual([reason, expect.stringMatching(/[A-Za-z]{3,}/)]);
    }
  });

  it('shows a limit in the unit the field is typed in: a rate as a percentage, a weight as a number', () => {
    expect(localMessage({ field: 'commission.tiers.1.rate', message: '', reason: 'too_big', params: { max: 1, strict: 0 } }, draft, en)).toBe('Must be at most 100%.');
    expect(localMessage({ field: 'roles.rep.kpis.0.weight', message: '', reason: 'too_big', params: { max: 100, strict: 0 } }, draft, en)).toBe('Must be at most 100.');
    expect(localMessage({ field: 'roles.rep.kpis.2.target', message: '', reason: 'too_small', params: { min: 0, strict: 1 } }, draft, zh)).toBe('必须大于 0%。');
  });

  it('names every field as the page does, never as a path', () => {
    const fields = ['roles.rep.kpis.0.weight', 'grades.1.min', 'flags.promotionAfterQuarters', 'funnel.defaultThresholds.lastToWon', 'funnel.thresholds.0.minRate', 'commission.tiers.1.rate', 'commission.cap', 'propertyMapping.grossMargin', 'quotas.0.period', 'revenueGoalGroupId', 'teams.0.managerOwnerIds.1', 'directorOwnerIds.0', 'timeZone', 'fiscalYearStartMonth', 'evaluation360', '', 'settings'];
    // No dotted index (tiers.1) and no camel-case key (managerOwnerIds): those are paths.
    for (const field of fields) for (const i18n of [en, zh]) expect(fieldLabel(field, draft, null, i18n)).not.toMatch(/[a-z]\.\d|\b[a-z]+[A-Z][A-Za-z]*\b/);
    expect(fieldLabel('commission.tiers.1.rate', draft, null, zh)).toBe('提成 · 第 2 档 · 提成比例（%）');
  });

  it('shows each message once per field', () => {
    const twice = [{ field: 'grades', message: 'a', reason: 'list_too_short' as const, params: { min: 1 } }, { field: 'grades', message: 'b', reason: 'list_too_short' as const, params: { min: 1 } }];
    expect(humanErrors(twice, draft, en)).toHaveLength(1);
  });
});
