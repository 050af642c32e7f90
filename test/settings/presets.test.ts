import type { KpiId } from '../../src/kpi/catalog';
import { defaultSettings } from '../../src/settings/defaultSettings';
import { applyPreset, PRESET_IDS, PRESETS, presetPreview, type PresetId } from '../../src/settings/presets';
import { ROLES } from '../../src/settings/settingsSchema';
import { validateSettings } from '../../src/settings/validateSettings';
import { salesPipeline } from './fixtures';

/** What each preset must weigh most (kpi-spec §6 "Presets"); churn_rate_value stands for existing-business revenue. */
const EMPHASIS: Record<PresetId, KpiId[]> = {
  market_share: ['new_customers', 'growth_rate'],
  customer_value: ['churn_rate_value', 'avg_deal_size', 'manual:csat'],
  startup: ['new_customers', 'pipeline_coverage'],
  growth: ['churn_rate_value', 'gross_margin_rate'],
  mature: ['gross_margin_rate', 'manual:csat', 'forecast_accuracy'],
};

describe('presets (kpi-spec §6)', () => {
  it.each(PRESET_IDS)('%s: every role template weighs 100 and the settings still validate', (id) => {
    for (const role of ROLES) expect(PRESETS[id].roles[role].reduce((sum, e) => sum + e.weight, 0)).toBe(100);
    const result = validateSettings(applyPreset(defaultSettings(), id), { pipelines: [salesPipeline] });
    expect(result.ok ? [] : result.error).toEqual([]);
  });

  it.each(PRESET_IDS)('%s: weighs its emphasis above everything else, in every role', (id) => {
    for (const role of ROLES) {
      const entries = PRESETS[id].roles[role];
      const emphasised = entries.filter((e) => EMPHASIS[id].includes(e.kpi)).map((e) => e.weight);
      const others = entries.filter((e) => !EMPHASIS[id].includes(e.kpi)).map((e) => e.weight);
      expect(emphasised.length).toBeGreaterThanOrEqual(role === 'rep' ? EMPHASIS[id].length : 2);
      expect(Math.min(...emphasised)).toBeGreaterThan(Math.max(...others));
    }
  });

  it('keeps the target and scoring an admin set for a KPI the preset keeps, and defaults new ones', () => {
    const settings = defaultSettings();
    settings.roles.rep.kpis[0] = { ...settings.roles.rep.kpis[0]!, target: 1.1, scoring: { type: 'linear', floor: 0.5, cap: 1.2 } };
    const rep = applyPreset(settings, 'market_share').roles.rep.kpis;
    expect(rep.find((e) => e.kpi === 'revenue_attainment')).toEqual({
      kpi: 'revenue_attainment',
      weight: 20,
      target: 1.1,
      scoring: { type: 'linear', floor: 0.5, cap: 1.2 },
    });
    expect(rep.find((e) => e.kpi === 'growth_rate')).toMatchObject({ weight: 25, target: 0.1, scoring: { type: 'linear' } });
    expect(rep.find((e) => e.kpi === 'new_customers')?.target).toBeNull();
  });

  it('changes only the role templates and leaves the settings it was given alone', () => {
    const settings = defaultSettings();
    const after = applyPreset(settings, 'mature');
    expect({ ...after, roles: null }).toEqual({ ...settings, roles: null });
    expect(settings).toEqual(defaultSettings());
  });

  it('previews the rep changes of "market share" from the defaults: weight before → after', () => {
    const rep = presetPreview(defaultSettings(), 'market_share').filter((c) => c.role === 'rep');
    expect(rep).toEqual([
      { role: 'rep', kpi: 'new_customers', before: null, after: 30 },
      { role: 'rep', kpi: 'growth_rate', before: null, after: 25 },
      { role: 'rep', kpi: 'revenue_attainment', before: 40, after: 20 },
      { role: 'rep', kpi: 'new_business_share', before: 15, after: 10 },
      { role: 'rep', kpi: 'win_rate', before: 15, after: 10 },
      { role: 'rep', kpi: 'collection_rate', before: 15, after: null },
      { role: 'rep', kpi: 'manual:csat', before: 10, after: null },
    ]);
  });

  it('previews nothing once the preset is applied', () => {
    for (const id of PRESET_IDS) expect(presetPreview(applyPreset(defaultSettings(), id), id)).toEqual([]);
  });
});
