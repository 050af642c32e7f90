import type { Settings } from '../../src/settings/settingsSchema';
import { displayScale } from './units';

const PERCENT_FIELDS = [
  /^roles\.\w+\.kpis\.\d+\.scoring\.(floor|cap)$/,
  /^commission\.tiers\.\d+\.(from|rate)$/,
  /^funnel\.(defaultThresholds\.\w+|thresholds\.\d+\.minRate|stalledPercentile)$/,
  /^evaluation360(\.\w+)?$/,
];
const KPI_UNIT_FIELD = /^roles\.(\w+)\.kpis\.(\d+)\.(target|scoring\.bands\.\d+\.from)$/;

/**
 * How a field's value is shown on the page (units.ts): rates stored as fractions are typed as
 * percentages, so a limit or a value in a message about that field is shown the same way.
 */
export function fieldScale(field: string, draft: Settings | null): number {
  if (PERCENT_FIELDS.some((re) => re.test(field))) return 100;
  const kpiField = KPI_UNIT_FIELD.exec(field);
  if (kpiField === null) return 1;
  const entry = draft?.roles[kpiField[1] as keyof Settings['roles']]?.kpis[Number(kpiField[2])];
  return entry === undefined ? 1 : displayScale(entry.kpi);
}
