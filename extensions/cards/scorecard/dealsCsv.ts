import type { KpiDetailsOutput } from '../../../src/handlers/contracts/kpiDetails';
import { toCsv } from '../../../src/domain/csv';
import type { I18n } from '../../i18n/useI18n';
import { recordColumns } from './recordColumns';

/** The records behind one KPI as CSV (UTF-8 with BOM): one row per record as listed, with its HubSpot link. */
export function dealsCsv(d: KpiDetailsOutput, i18n: I18n): string {
  const { t } = i18n;
  const extra = recordColumns(d, i18n);
  const header = ['id', t.details.record, t.details.owner, t.details.amount, t.details.date, t.details.outcome, ...extra.map((c) => c.header), 'url'];
  const rows = d.records.map((r) => [
    r.id, r.name, r.ownerName, r.amount, r.at === null ? null : r.at.slice(0, 10), r.outcome === null ? null : t.details.outcomes[r.outcome],
    ...extra.map((c) => c.raw(r)), r.url,
  ]);
  return toCsv([header, ...rows]);
}
