import { Link, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text, Tile } from '@hubspot/ui-extensions';
import type { SegmentDetails as Details, SegmentRowDto } from '../../../src/handlers/contracts/segments';
import { formulaText } from '../../cards/scorecard/formulaText';
import type { I18n } from '../../i18n/useI18n';

/** "How this was calculated" for one segment: kpi-details' formula text and the deals behind it, in the period and the comparison. */
export function SegmentDetails({ details, row, currency, i18n }: { details: Details; row: SegmentRowDto; currency: string; i18n: I18n }) {
  const { t, format } = i18n;
  const growth = formulaText({ kpi: 'growth_rate', currency, formula: details.growth, actual: row.growth.actual, records: details.records }, i18n);
  const attainment = formulaText({ kpi: 'revenue_attainment', currency, formula: details.attainment, actual: row.attainment.actual, records: details.records }, i18n);
  return (
    <Tile testId="segment-details">
      <Text testId="growth-formula" format={{ fontWeight: 'demibold' }}>{t.segments.growthFormula(growth)}</Text>
      {row.growth.reason === null ? null : <Text variant="microcopy">{row.growth.reason}</Text>}
      <Text testId="attainment-formula" format={{ fontWeight: 'demibold' }}>{t.segments.attainmentFormula(attainment)}</Text>
      {row.attainment.reason === null ? null : <Text variant="microcopy">{row.attainment.reason}</Text>}
      {details.records.length === 0 ? (
        <Text variant="microcopy">{t.details.noRecords}</Text>
      ) : (
        <Table bordered density="condensed" testId="segment-records">
          <TableHead>
            <TableRow>
              <TableHeader>{t.details.record}</TableHeader>
              <TableHeader>{t.details.owner}</TableHeader>
              <TableHeader align="right">{t.details.amount}</TableHeader>
              <TableHeader>{t.details.date}</TableHeader>
              <TableHeader>{''}</TableHeader>
            </TableRow>
          </TableHead>
          <TableBody>
            {details.records.map((r) => (
              <TableRow key={`${r.source ?? ''}-${r.id}`} testId={`record-${r.id}`}>
                <TableCell>{r.url === null ? (r.name ?? t.details.unnamed) : <Link href={{ url: r.url, external: true }}>{r.name ?? t.details.unnamed}</Link>}</TableCell>
                <TableCell>{r.ownerName ?? t.common.unknown}</TableCell>
                <TableCell align="right">{format.currency(r.amount, currency)}</TableCell>
                <TableCell>{r.at === null ? t.common.unknown : format.date(r.at)}</TableCell>
                <TableCell>{r.source === 'comparison' ? t.segments.inComparison : t.segments.period}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {details.truncated ? <Text variant="microcopy">{t.details.truncated(format.number(details.records.length, 0))}</Text> : null}
    </Tile>
  );
}
