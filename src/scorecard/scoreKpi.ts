import { kpiDefinition } from '../kpi/catalog';
import type { KpiValue } from '../kpi/kpiValue';
import type { KpiEntry, Scoring } from '../settings/settingsSchema';

/**
 * The 0–cap×100 score of one KPI on a scorecard (kpi-spec §6 "Scoring"). null means the KPI
 * drops out of the total (its weight is re-spread), never that it scored zero:
 * - no value (not_configured / insufficient_data) → null;
 * - linear scoring without a target, or with a target ≤ 0, → null: a ratio to a zero or
 *   negative target means nothing (validateSettings refuses such targets);
 * - bands scoring needs no target: the band table is the scale. An actual below every band
 *   earns 0 — it has data and it missed the lowest bar.
 * Lower-is-better KPIs (catalog direction) score target / actual, and an actual of 0 (no
 * expense, no churn) is as good as it gets: the cap.
 */
export function scoreKpi(value: KpiValue, entry: KpiEntry, target: number | null): number | null {
  const actual = value.status === 'ok' ? value.actual : null;
  if (actual === null || !Number.isFinite(actual)) return null;
  return entry.scoring.type === 'bands'
    ? bandScore(actual, entry.scoring.bands)
    : linearScore(actual, target, kpiDefinition(entry.kpi).direction === 'lower', entry.scoring);
}

type Linear = Extract<Scoring, { type: 'linear' }>;
type Band = Extract<Scoring, { type: 'bands' }>['bands'][number];

function linearScore(actual: number, target: number | null, lowerIsBetter: boolean, scoring: Linear): number | null {
  if (target === null || !Number.isFinite(target) || target <= 0) return null;
  const ratio = lowerIsBetter ? (actual <= 0 ? scoring.cap : target / actual) : actual / target;
  return Math.min(Math.max(ratio, scoring.floor), scoring.cap) * 100;
}

function bandScore(actual: number, bands: readonly Band[]): number {
  let best: Band | null = null;
  for (const band of bands) if (band.from <= actual && (best === null || band.from > best.from)) best = band;
  return best === null ? 0 : best.score;
}
