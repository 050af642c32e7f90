import { isManualKpi } from '../kpi/catalog';
import type { ManualScore } from '../domain/portal';
import type { RoleTemplate } from '../settings/settingsSchema';

/** The manual KPI whose score is a 360 evaluation, combined from self, manager and customer scores (kpi-spec §6). */
export const REVIEW_360_KEY = 'review_360';
const SOURCES_360 = ['self', 'manager', 'customer'] as const;

export interface ManualScoreLine {
  key: string;
  /** The KPI id on the scorecard: manual:<key>. */
  kpi: string;
  /** null: one score for the KPI (csat, compliance…). */
  source: NonNullable<ManualScore['source']> | null;
}

/**
 * The scores a role template asks someone to enter for one owner and period (kpi-spec §2,
 * §6): one line per manual KPI, and for the 360 review one line per weighted source, so the
 * rep's self-assessment exists only where the template has a 360 review.
 */
export function manualScoreLines(template: RoleTemplate): ManualScoreLine[] {
  const lines: ManualScoreLine[] = [];
  for (const entry of template.kpis) {
    if (!isManualKpi(entry.kpi)) continue;
    const key = entry.kpi.slice('manual:'.length);
    if (key === REVIEW_360_KEY) for (const source of SOURCES_360) lines.push({ key, kpi: entry.kpi, source });
    else lines.push({ key, kpi: entry.kpi, source: null });
  }
  return lines;
}

/** Whether a score of `key` from `source` is one the template asks for. */
export function isAskedFor(template: RoleTemplate, key: string, source: ManualScore['source'] | null): boolean {
  return manualScoreLines(template).some((line) => line.key === key && line.source === source);
}
