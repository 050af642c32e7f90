import type { Calendar, Period } from '../domain/period';
import type { PortalData } from '../domain/portal';
import type { Result } from '../domain/result';
import { ok } from '../domain/result';
import { comparisonPeriodOf, comparisonSpan } from '../kpi/growthRate';
import type { KpiValue } from '../kpi/kpiValue';
import { boundsOf, labelOf } from '../kpi/kpiPeriod';
import type { Settings } from '../settings/settingsSchema';
import { segmentAttainment, segmentGrowth } from './segmentFigures';
import type { SegmentCutProblem } from './segmentCut';
import { segmentCutOf } from './segmentCut';
import type { SegmentDimension } from './segmentKey';
import type { SegmentWon } from './segmentTotals';
import { emptyWon, segmentTotals, wonInSpans } from './segmentTotals';

export interface SegmentRow {
  /** A pipeline id or the property's value; null: the deals with the property (or pipeline) empty. */
  key: string | null;
  /** The pipeline's label, the property option's label (the value itself for a free-text property); null for "(no value)". */
  label: string | null;
  won: SegmentWon;
  comparison: SegmentWon;
  target: number | null;
  growth: KpiValue;
  attainment: KpiValue;
}

export interface SegmentTable {
  by: SegmentDimension;
  /** The deal or company property segments are cut by; null when by pipeline. */
  property: string | null;
  period: Period;
  comparisonPeriod: Period;
  /** "2025-Q4", or "2025-Q4 to the same day" while P is running. */
  comparisonLabel: string;
  rows: SegmentRow[];
  /** All segments together: the same won deals, so its amounts are the rows' sums. */
  total: SegmentRow;
}

export interface SegmentTableInput {
  data: PortalData;
  settings: Settings;
  calendar: Calendar;
  period: Period;
  now: number;
  /** The owners whose deals count (a manager's teams, or every owner for a director). */
  ownerIds: readonly string[];
  /** The cut property's options as HubSpot defines them, value → label; absent or missing a value: the value is shown. */
  optionLabels?: ReadonlyMap<string, string>;
}

/**
 * Growth and attainment per segment (kpi-spec §4 关键细分市场, docs/kpis.md "Segments"): the
 * owners' won deals in P and in growth's comparison span, cut by pipeline, by the mapped
 * deal property or by the customer's company property (segmentKeyOf); a segment's target comes from settings.segments, else attainment is
 * not_configured. Deals whose property is empty form the "(no value)" row, so the rows always
 * add up to the total.
 */
export function segmentTable(input: SegmentTableInput): Result<SegmentTable, SegmentCutProblem> {
  const { data, settings, calendar, period, now } = input;
  const by = settings.segments.by;
  const owners = new Set(input.ownerIds);
  const comparisonPeriod = comparisonPeriodOf(settings, period);
  const span = comparisonSpan(boundsOf(period, calendar), boundsOf(comparisonPeriod, calendar), now);
  const comparisonLabel = `${labelOf(comparisonPeriod)}${span.toDate ? ' to the same day' : ''}`;
  const won = wonInSpans(data, owners, [boundsOf(period, calendar), span.bounds]);
  const cutOf = segmentCutOf(data.companies, won, settings);
  if (!cutOf.ok) return cutOf;
  const { cut, property } = cutOf.value;
  const current = segmentTotals(won, boundsOf(period, calendar), cut);
  const before = segmentTotals(won, span.bounds, cut);
  const targets = new Map(settings.segments.targets.filter((t) => t.period === labelOf(period)).map((t) => [t.segment, t.amount]));
  const keys = orderedKeys(current, before, targets);
  const labels: ReadonlyMap<string, string> = by === 'pipeline' ? new Map(data.pipelines.map((p) => [p.id, p.label])) : (input.optionLabels ?? new Map());
  const rowOf = (key: string | null, won: SegmentWon, comparison: SegmentWon, target: number | null, noTarget: string): SegmentRow => ({
    key,
    label: key === null ? null : (labels.get(key) ?? key),
    won,
    comparison,
    target,
    growth: segmentGrowth(won, comparison, period, comparisonPeriod, comparisonLabel),
    attainment: segmentAttainment(won, target, period, noTarget),
  });
  const rows = keys.map((key) =>
    rowOf(key, current.get(key) ?? emptyWon(), before.get(key) ?? emptyWon(), key === null ? null : (targets.get(key) ?? null), key === null ? 'deals without a segment have no target' : `no target for this segment in ${labelOf(period)}`),
  );
  const total = totalRow(rows, rowOf, labelOf(period));
  return ok({ by, property, period, comparisonPeriod, comparisonLabel, rows, total });
}

/** Segments by won amount, largest first; those with a target and nothing won yet too; "(no value)" last. */
function orderedKeys(current: Map<string | null, SegmentWon>, before: Map<string | null, SegmentWon>, targets: Map<string, number>): (string | null)[] {
  const keys = new Set<string | null>([...current.keys(), ...before.keys(), ...targets.keys()]);
  const amount = (k: string | null) => current.get(k)?.wonAmount ?? 0;
  return [...keys].sort((a, b) => (a === null ? 1 : b === null ? -1 : amount(b) - amount(a) || a.localeCompare(b)));
}

const sumWon = (parts: SegmentWon[]): SegmentWon => ({
  wonCount: parts.reduce((n, w) => n + w.wonCount, 0),
  wonAmount: parts.reduce((n, w) => n + w.wonAmount, 0),
  wonAmountUnknown: parts.reduce((n, w) => n + w.wonAmountUnknown, 0),
  deals: parts.flatMap((w) => w.deals),
});

/**
 * The total: the rows summed. Its target is the segments' targets summed only when every
 * segment has one; a partial sum would overstate attainment.
 */
function totalRow(rows: SegmentRow[], rowOf: (key: null, won: SegmentWon, comparison: SegmentWon, target: number | null, noTarget: string) => SegmentRow, period: string): SegmentRow {
  const keyed = rows.filter((r) => r.key !== null);
  const withTarget = keyed.filter((r) => r.target !== null);
  const complete = keyed.length > 0 && withTarget.length === keyed.length && rows.every((r) => r.key !== null || r.won.wonCount === 0);
  const target = complete ? withTarget.reduce((n, r) => n + (r.target as number), 0) : null;
  const why = `targets are set for ${withTarget.length} of ${keyed.length} segments in ${period}${rows.some((r) => r.key === null && r.won.wonCount > 0) ? ', and some deals have no segment' : ''}`;
  return { ...rowOf(null, sumWon(rows.map((r) => r.won)), sumWon(rows.map((r) => r.comparison)), target, why), label: null };
}
