import type { KpiId } from '../kpi/catalog';
import type { PortalIndex } from '../kpi/portalIndex';
import type { ScorecardResult } from '../scorecard/scorecardResult';
import { kpiDefinition } from '../kpi/catalog';
import { formatTable } from './formatTable';
import { fixed, formatByUnit } from './formatValue';

const FLAG_NAMES: Record<ScorecardResult['flags'][number], string> = { promotion_candidate: 'promotion candidate', improvement_plan: 'improvement plan' };

/** The readable scorecard: one line per KPI in its unit, then total, grade, trend and flags. */
export function scorecardTable(result: ScorecardResult, index: PortalIndex): string {
  const owner = index.ownersById.get(result.owner);
  const title = `Scorecard ${owner?.name ?? result.owner} (${result.owner}), ${result.role}, ${result.period}`;
  const rows = result.kpis.map((k) => {
    const def = kpiDefinition(k.id as KpiId);
    return [def.en, formatByUnit(k.actual, def.unit), formatByUnit(k.target, def.unit), fixed(k.score), String(k.weight), k.status === 'ok' ? '' : `${k.status}: ${k.reason ?? ''}`];
  });
  const table = formatTable(['KPI', 'actual', 'target', 'score', 'weight', 'note'], rows, ['left', 'right', 'right', 'right', 'right', 'left']);
  const trend = result.history.map((h) => `${h.period} ${h.grade ?? '—'} (${fixed(h.total)})`).join(', ');
  return [
    title,
    table,
    `Total ${fixed(result.total)}, grade ${result.grade ?? '—'}`,
    `Trend: ${trend || '—'}`,
    `Flags: ${result.flags.map((f) => FLAG_NAMES[f]).join(', ') || 'none'}`,
  ].join('\n');
}
