import type { KpiDetailRecord, KpiDetailsOutput } from '../../../src/handlers/contracts/kpiDetails';
import type { I18n } from '../../i18n/useI18n';

/** A column the records table and its CSV add for some KPIs: shown text, and the CSV's raw value. */
export interface RecordColumn {
  key: string;
  header: string;
  align?: 'right';
  text: (r: KpiDetailRecord) => string;
  raw: (r: KpiDetailRecord) => string | number | null;
}

const TAGGED_SETS = new Set(['growth', 'forecast', 'churn', 'funnel']);

/**
 * What a record adds beyond name, owner, amount, date and outcome, by KPI: which input it
 * counts in where two periods or two sums share one list (growth, forecast, churn, funnel),
 * the forecast amount, the days of the sales cycle, the stage pair and whether it advanced.
 */
export function recordColumns(d: KpiDetailsOutput, { t, format }: I18n): RecordColumn[] {
  const columns: RecordColumn[] = [];
  const inputName = (r: KpiDetailRecord) => (r.input === null || r.input === undefined ? null : (t.details.input[r.input] ?? r.input));
  if (TAGGED_SETS.has(d.recordSet)) columns.push({ key: 'input', header: t.details.countsAs, text: (r) => inputName(r) ?? '', raw: inputName });
  if (d.recordSet === 'forecast') {
    columns.push({ key: 'forecast', header: t.details.forecastAmount, align: 'right', text: (r) => format.currency(r.forecastAmount ?? null, d.currency), raw: (r) => r.forecastAmount ?? null });
  }
  if (d.kpi === 'sales_cycle_days') {
    columns.push({ key: 'days', header: t.details.days, align: 'right', text: (r) => format.number(r.days ?? null, 1), raw: (r) => (r.days === null || r.days === undefined ? null : Math.round(r.days * 10) / 10) });
  }
  if (d.recordSet === 'funnel') {
    const pairText = (r: KpiDetailRecord) => (r.pair === undefined ? null : `${r.pair.from} → ${r.pair.to}`);
    const advanced = (r: KpiDetailRecord) => (r.pair === undefined ? null : r.pair.advanced ? t.details.yes : t.details.no);
    columns.push({ key: 'pair', header: t.details.stagePair, text: (r) => pairText(r) ?? '', raw: pairText });
    columns.push({ key: 'advanced', header: t.details.advanced, text: (r) => advanced(r) ?? '', raw: advanced });
  }
  return columns;
}

/** One row per record and pair: a deal is in the cohort of every pair it entered. */
export const recordKey = (r: KpiDetailRecord): string => `${r.id}${r.pair === undefined ? '' : `:${r.pair.pipeline}:${r.pair.from}:${r.pair.to}`}`;
