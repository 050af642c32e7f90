import { newKpiEntry } from './defaultSettings';
import { PRESETS, type PresetId } from './presetCatalog';
import { ROLES, type KpiEntry, type Role, type Settings } from './settingsSchema';

export { PRESETS, PRESET_IDS, presetIdSchema, type Preset, type PresetId } from './presetCatalog';

/** One line of the settings page's "what this preset changes" list; null: not in the template. */
export interface PresetChange {
  role: Role;
  kpi: KpiEntry['kpi'];
  before: number | null;
  after: number | null;
}

/**
 * The settings with a preset's weights (kpi-spec §6 "Presets set starting weights"). Only the
 * role templates change. A KPI already in a template keeps its target and scoring — the admin
 * set them for this portal — and a new one starts from the default target and linear scoring.
 */
export function applyPreset(settings: Settings, presetId: PresetId): Settings {
  const roles = { ...settings.roles };
  for (const role of ROLES) {
    const current = settings.roles[role].kpis;
    roles[role] = {
      kpis: PRESETS[presetId].roles[role].map(({ kpi, weight }): KpiEntry => {
        const kept = current.find((entry) => entry.kpi === kpi);
        return kept ? { ...kept, weight } : newKpiEntry(kpi, weight);
      }),
    };
  }
  return { ...settings, roles };
}

/** What applying a preset would change, role by role: the preset's KPIs first, then those it removes. */
export function presetPreview(settings: Settings, presetId: PresetId): PresetChange[] {
  const after = applyPreset(settings, presetId);
  return ROLES.flatMap((role) => {
    const was = new Map(settings.roles[role].kpis.map((e) => [e.kpi, e.weight]));
    const now = new Map(after.roles[role].kpis.map((e) => [e.kpi, e.weight]));
    const changes: PresetChange[] = [];
    for (const [kpi, weight] of now) if (was.get(kpi) !== weight) changes.push({ role, kpi, before: was.get(kpi) ?? null, after: weight });
    for (const [kpi, weight] of was) if (!now.has(kpi)) changes.push({ role, kpi, before: weight, after: null });
    return changes;
  });
}
