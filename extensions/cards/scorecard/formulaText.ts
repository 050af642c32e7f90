import type { KpiDetailsOutput } from '../../../src/handlers/contracts/kpiDetails';
import type { I18n } from '../../i18n/useI18n';

type Input = KpiDetailsOutput['formula']['inputs'][number];

const AMOUNTS = new Set(['won', 'target', 'gap', 'new_won', 'collected', 'margin', 'expense', 'open', 'weighted_open', 'won_before', 'forecast', 'existing_lost', 'existing_closed', 'key_account_won', 'strategic_won', 'line_items_won']);
const RATES = new Set(['rate', 'threshold']);
/** Inputs that are whole numbers (days, and counts of customers). */
const WHOLE = new Set(['cycle_days', 'customers', 'new_customers', 'repeat_customers', 'kept_customers', 'comparison_customers', 'target_base']);

/**
 * The formula with its inputs filled in, as a manager checks it by hand (kpi-spec §4,
 * docs/kpis.md): "won CN¥1,240,000 ÷ target CN¥1,500,000 = 82.7%". Amounts in the portal's
 * currency, rates as percentages, counts and days as numbers, the result in the KPI's own unit.
 */
export function formulaText(d: Pick<KpiDetailsOutput, 'kpi' | 'currency' | 'formula' | 'actual'> & { records: readonly unknown[] }, { t, format }: I18n): string {
  const value = (i: Input) => {
    if (i.name === 'value' || i.name === 'score') return format.kpiValue(d.kpi, i.value, d.currency);
    if (AMOUNTS.has(i.name)) return format.currency(i.value, d.currency);
    if (RATES.has(i.name)) return format.percent(i.value);
    return format.number(i.value, WHOLE.has(i.name) ? 0 : 1);
  };
  const named = d.formula.inputs.map((i) => `${t.details.input[i.name] ?? i.name} ${value(i)}`);
  const result = format.kpiValue(d.kpi, d.actual, d.currency);
  const [first, second] = named;
  switch (d.formula.operator) {
    case 'divide':
      return `${named.join(' ÷ ')} = ${result}`;
    case 'growth':
      return `(${first} − ${second}) ÷ ${second} = ${result}`;
    case 'accuracy':
      return `1 − |${first} − ${second}| ÷ ${first} = ${result}`;
    case 'sum':
      return `${first ?? result} (${t.details.sumOf(format.number(d.records.length, 0))})`;
    case 'mean':
      return `${first ?? result} (${t.details.meanOf})`;
    default:
      return first ?? result;
  }
}
