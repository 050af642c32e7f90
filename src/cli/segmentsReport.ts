import { crmPortFromSnapshot } from '../crm/crmPortFromSnapshot';
import type { Period } from '../domain/period';
import { formatPeriod } from '../domain/period';
import type { SegmentsOutput } from '../handlers/contracts/segments';
import { segmentOptionLabels } from '../handlers/segmentOptionLabels';
import { rowDto } from '../handlers/segments';
import { segmentTable } from '../segments/segmentTable';
import { CliError } from './cliError';
import type { LoadedPortal } from './loadPortal';

/** What `kpi segments --json` prints: the route's table (docs/kpis.md "Segments"), without the picker, scope and drill-down. */
export type SegmentsReport = Pick<SegmentsOutput, 'currency' | 'period' | 'comparisonPeriod' | 'by' | 'property' | 'uncomputable' | 'rows' | 'total'>;

/**
 * The segments of one team's members, or of every owner as a director sees them, out of a
 * snapshot: the same table and labels the backend serves for the same portal. Settings that
 * name no property are an error; data read without the companies is said, not zeros.
 */
export async function segmentsReport(portal: LoadedPortal, query: { period: Period; asOf: number; teamId?: string | undefined }): Promise<SegmentsReport> {
  const { data, settings, calendar } = portal;
  const team = query.teamId === undefined ? undefined : portal.index.teamsById.get(query.teamId);
  if (query.teamId !== undefined && team === undefined) throw new CliError(`no team ${query.teamId} in the snapshot`);
  const ownerIds = team?.memberOwnerIds ?? data.owners.map((o) => o.id);
  const optionLabels = await segmentOptionLabels(crmPortFromSnapshot(data, { propertyOptions: portal.propertyOptions }), settings);
  const table = segmentTable({ data, settings, calendar, period: query.period, now: query.asOf, ownerIds, optionLabels });
  const head = { currency: data.portal.currency, period: formatPeriod(query.period), by: settings.segments.by };
  if (table.ok) return { ...head, comparisonPeriod: table.value.comparisonLabel, property: table.value.property, uncomputable: null, rows: table.value.rows.map(rowDto), total: rowDto(table.value.total) };
  const { reason, message } = table.error;
  if (reason === 'segment_property_unmapped' || reason === 'segment_company_property_missing') throw new CliError(message);
  return { ...head, comparisonPeriod: '', property: settings.segments.companyProperty, uncomputable: { reason, message }, rows: [], total: null };
}
