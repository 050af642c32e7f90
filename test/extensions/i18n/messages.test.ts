import fc from 'fast-check';
import { en } from '../../../extensions/i18n/en';
import { createFormat } from '../../../extensions/i18n/format';
import { kpiName } from '../../../extensions/i18n/kpiName';
import { intlLocale, languageOf } from '../../../extensions/i18n/language';
import { zh } from '../../../extensions/i18n/zh';
import { BUILT_IN_KPIS, KPI_CATALOG } from '../../../src/kpi/catalog';

/** Every leaf of a dictionary, as "path" → value, with functions called on sample arguments. */
function leaves(dict: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(dict)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'function') out.set(path, String((value as (...a: string[]) => string)('7', '8', '9')));
    else for (const [k, v] of leaves(value as object, path)) out.set(k, v);
  }
  return out;
}

describe('dictionaries', () => {
  it('have the same keys in English and Chinese, none of them empty', () => {
    const english = leaves(en);
    const chinese = leaves(zh);
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [path, text] of chinese) expect({ path, empty: text.trim() === '' }).toEqual({ path, empty: false });
  });

  it('actually translate: the Chinese page text contains Chinese characters', () => {
    const chinese = leaves(zh);
    for (const path of ['common.retry', 'deal.stalled', 'deal.winChance', 'scorecard.grade', 'settings.conflictTitle', 'funnel.scan']) {
      expect(chinese.get(path)).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('put every argument of a parameterised message into the sentence, in both languages', () => {
    expect(en.deal.winChanceBasis('57', '30%', '55%')).toBe('Based on 57 past deals (95% range 30%–55%).');
    expect(zh.deal.winChanceBasis('57', '30%', '55%')).toBe('基于 57 笔历史交易（95% 区间 30%–55%）。');
    expect(zh.settings.weightsSumError('110')).toBe('权重合计为 110，必须等于 100。');
  });
});

describe('languageOf', () => {
  it.each([
    ['zh-CN', 'zh'], ['zh-TW', 'zh'], ['zh', 'zh'], ['zh_Hans', 'zh'], ['ZH-cn', 'zh'],
    ['en-US', 'en'], ['en', 'en'], ['de-DE', 'en'], ['zu', 'en'], [undefined, 'en'],
  ])('%s → %s', (locale, language) => {
    expect(languageOf(locale)).toBe(language);
  });

  it('formats numbers for zh-CN whatever Chinese variant the user has', () => {
    expect(intlLocale('zh-TW')).toBe('zh-CN');
    expect(intlLocale('de-DE')).toBe('de-DE');
    expect(intlLocale(undefined)).toBe('en-US');
  });
});

describe('kpiName', () => {
  it('uses the kpi-spec §4 Chinese names from the catalogue', () => {
    for (const id of BUILT_IN_KPIS) expect(kpiName(id, 'zh')).toBe(KPI_CATALOG[id].zh);
    expect(kpiName('revenue_attainment', 'zh')).toBe('销售额达成率');
    expect(kpiName('manual:csat', 'zh')).toBe('客户满意度');
    expect(kpiName('manual:csat', 'en')).toBe('Customer satisfaction');
  });

  it('shows an id this build does not know as itself rather than failing', () => {
    expect(kpiName('quota_velocity', 'zh')).toBe('quota_velocity');
  });
});

describe('createFormat', () => {
  const enUS = createFormat('en-US');
  const zhCN = createFormat('zh-CN');

  it('formats currency from the DTO, percentages and plain numbers for the locale', () => {
    expect(enUS.currency(10000, 'CNY')).toBe('CN¥10,000');
    expect(zhCN.currency(10000, 'CNY')).toBe('¥10,000');
    expect(zhCN.currency(1250, 'USD')).toBe('US$1,250');
    expect(enUS.percent(0.6512)).toBe('65.1%');
    expect(createFormat('de-DE').percent(0.6512)).toBe('65,1\u00a0%');
    expect(enUS.number(1234567.891)).toBe('1,234,567.9');
  });

  it('formats KPI values in their catalogue unit', () => {
    expect(enUS.kpiValue('win_rate', 0.31, 'CNY')).toBe('31%');
    expect(enUS.kpiValue('avg_deal_size', 185000, 'CNY')).toBe('CN¥185,000');
    expect(enUS.kpiValue('pipeline_coverage', 3.25, 'CNY')).toBe('3.3×');
    expect(enUS.kpiValue('sales_cycle_days', 47.6, 'CNY')).toBe('48');
    expect(enUS.kpiValue('manual:csat', 86, 'CNY')).toBe('86');
  });

  it('shows unknown as a dash and never prints NaN or Infinity (property)', () => {
    fc.assert(
      fc.property(fc.option(fc.double(), { nil: null }), fc.constantFrom(...BUILT_IN_KPIS), (value, kpi) => {
        const outputs = [enUS.number(value), enUS.percent(value), enUS.currency(value, 'CNY'), zhCN.kpiValue(kpi, value, 'CNY')];
        for (const text of outputs) {
          expect(text).not.toMatch(/NaN|Infinity|∞/);
          if (value === null || !Number.isFinite(value)) expect(text).toBe('—');
        }
      }),
    );
  });
});
