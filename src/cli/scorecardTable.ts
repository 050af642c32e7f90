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
  if (!result.eligible) return `${title}\nNo scorecard: not a seller (no deals, no team); name managers and directors in the settings, reps are HubSpot team members`;
  const rows = result.kpis.map((k) => {
    const def = kpiDefinition(k.id as KpiId);
    const weight = Math.abs(k.weight - k.configuredWeight) < 1e-9 ? String(k.configuredWeight) : `${k.configuredWeight} → ${fixed(k.weight)}`;
    const incomplete = k.complete ? '' : `incomplete: ${new Set(k.dataIssues.map((p) => p.recordId)).size} left out`;
    const note = [k.status === 'ok' ? '' : `${k.status}: ${k.reason ?? ''}`, incomplete].filter((x) => x !== '').join('; ');
    return [def.en, formatByUnit(k.actual, def.unit), formatByUnit(k.target, def.unit), fixed(k.score), weight, note];
  });
  const table = formatTable(['KPI', 'actual', 'target', 'score', 'weight', 'note'], rows, ['left', 'right', 'right', 'right', 'right', 'left']);
  const trend = result.history.map((h) => `${h.period} ${h.grade ?? '—'} (${fixed(h.total)})`).join(', ');
  return [
    title,
    table,
    `Total ${fixed(result.total)}, grade ${result.grade ?? '—'}${result.provisional ? ' (provisional: records left out, no flag raised)' : ''}`,
    `Trend: ${trend || '—'}`,
    `Flags: ${result.flags.map((f) => FLAG_NAMES[f]).join(', ') || 'none'}${result.withheldFlags.length > 0 ? ` (held back: ${result.withheldFlags.map((f) => FLAG_NAMES[f]).join(', ')})` : ''}`,
    ...result.dataIssues.map((p) => `Data problem: deal ${p.recordId}${p.recordName === null ? '' : ` "${p.recordName}"`} ${p.problem}`),
  ].join('\n');
}
