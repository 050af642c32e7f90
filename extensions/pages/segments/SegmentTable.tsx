import { Button, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import type { SegmentRowDto, SegmentsOutput } from '../../../src/handlers/contracts/segments';
import type { I18n } from '../../i18n/useI18n';

type Open = { key: string | null } | 'total';

/** One row per segment and the total: won, deals, the comparison period's won, growth, target, attainment. */
export function SegmentTable({ data, total, onOpen, i18n }: { data: SegmentsOutput; total: SegmentRowDto; onOpen: (open: Open) => void; i18n: I18n }) {
  const { t, format } = i18n;
  const figure = (f: SegmentRowDto['growth']) => (f.status === 'ok' ? format.percent(f.actual) : t.common.unknown);
  const row = (r: SegmentRowDto, open: Open, label: string, testId: string) => (
    <TableRow key={testId} testId={testId}>
      <TableCell>{label}</TableCell>
      <TableCell align="right">{format.currency(r.won, data.currency)}</TableCell>
      <TableCell align="right">{format.number(r.wonCount, 0)}</TableCell>
      <TableCell align="right">{format.currency(r.comparisonWon, data.currency)}</TableCell>
      <TableCell align="right">{figure(r.growth)}</TableCell>
      <TableCell align="right">{r.target === null ? t.common.unknown : format.currency(r.target, data.currency)}</TableCell>
      <TableCell align="right">{figure(r.attainment)}</TableCell>
      <TableCell>
        <Button testId={`open-${testId}`} variant="transparent" size="sm" onClick={() => onOpen(open)}>
          {t.segments.open}
        </Button>
      </TableCell>
    </TableRow>
  );
  return (
    <>
      <Table bordered density="condensed" testId="segment-table">
        <TableHead>
          <TableRow>
            <TableHeader>{t.segments.segment}</TableHeader>
            <TableHeader align="right">{t.segments.won}</TableHeader>
            <TableHeader align="right">{t.segments.deals}</TableHeader>
            <TableHeader align="right">{t.segments.comparison(data.comparisonPeriod)}</TableHeader>
            <TableHeader align="right">{t.segments.growth}</TableHeader>
            <TableHeader align="right">{t.segments.target}</TableHeader>
            <TableHeader align="right">{t.segments.attainment}</TableHeader>
            <TableHeader>{''}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.rows.map((r) => row(r, { key: r.key }, r.label ?? t.segments.noValue, r.key === null ? 'segment-none' : `segment-${r.key}`))}
          {row(total, 'total', t.segments.total, 'segment-total')}
        </TableBody>
      </Table>
      {data.rows
        .filter((r) => r.key === null && r.wonCount > 0)
        .map((r) => (
          <Text key="none" variant="microcopy" testId="no-value-note">
            {(data.by === 'company_property' ? t.segments.noValueNoteCompany : t.segments.noValueNote)(format.number(r.wonCount, 0))}
          </Text>
        ))}
      {total.wonAmountUnknown > 0 ? <Text variant="microcopy">{t.segments.unknownAmounts(format.number(total.wonAmountUnknown, 0))}</Text> : null}
    </>
  );
}
