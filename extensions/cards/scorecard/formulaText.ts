import type { KpiDetailsOutput } from '../../../src/handlers/contracts/kpiDetails';
import type { I18n } from '../../i18n/useI18n';

type Input = KpiDetailsOutput['formula']['inputs'][number];

const AMOUNTS = new Set(['won', 'target', 'gap', 'new_won', 'collected', 'margin', 'expense', 'open', 'weighted_open', 'comparison_won']);

/**
 * The formula with its inputs filled in, as a manager checks it by hand (kpi-spec §4):
 * "won CN¥1,240,000 ÷ target CN¥1,500,000 = 82.7%". Amounts in the portal's currency, counts
 * and days as numbers, the result in the KPI's own unit.
 */
export function formulaText(d: Pick<KpiDetailsOutput, 'kpi' | 'currency' | 'formula' | 'actual'> & { records: readonly unknown[] }, { t, format }: I18n): string {
  const value = (i: Input) => {
    if (i.name === 'value' || i.name === 'score') return format.kpiValue(d.kpi, i.value, d.currency);
    if (AMOUNTS.has(i.name)) return format.currency(i.value, d.currency);
    return format.number(i.value, i.name === 'cycle_days' ? 0 : 1);
  };
  const named = d.formula.inputs.map((i) => `${t.details.input[i.name] ?? i.name} ${value(i)}`);
  const result = format.kpiValue(d.kpi, d.actual, d.currency);
  switch (d.formula.operator) {
    case 'divide':
      return `${named.join(' ÷ ')} = ${result}`;
    case 'growth':
      return `(${named[0] ?? ''} − ${named[1] ?? ''}) ÷ ${named[1] ?? ''} = ${result}`;
    case 'sum':
      return `${named[0] ?? result} (${t.details.sumOf(format.number(d.records.length, 0))})`;
    case 'mean':
      return `${named[0] ?? result} (${t.details.meanOf})`;
    default:
      return named[0] ?? result;
  }
}
