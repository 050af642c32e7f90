import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import type { KpiDetailsOutput } from '../../../src/handlers/contracts/kpiDetails';
import type { I18n } from '../../i18n/useI18n';

/** A funnel KPI's stage pairs with their counts (kpi-spec §5), the one the KPI reads first. */
export function PairTable({ pairs, i18n }: { pairs: NonNullable<KpiDetailsOutput['pairs']>; i18n: I18n }) {
  const { t, format } = i18n;
  return (
    <>
      <Text format={{ fontWeight: 'demibold' }}>{t.details.pairsTitle}</Text>
      <Table bordered density="condensed" testId="detail-pairs">
        <TableHead>
          <TableRow>
            <TableHeader>{t.details.stagePair}</TableHeader>
            <TableHeader align="right">{t.details.entered}</TableHeader>
            <TableHeader align="right">{t.details.converted}</TableHeader>
            <TableHeader align="right">{t.details.rate}</TableHeader>
            <TableHeader align="right">{t.details.threshold}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {pairs.map((p) => (
            <TableRow key={`${p.pipeline}-${p.from}-${p.to}`}>
              <TableCell>{`${p.pipeline}: ${p.from} → ${p.to}`}</TableCell>
              <TableCell align="right">{format.number(p.entered, 0)}</TableCell>
              <TableCell align="right">{format.number(p.converted, 0)}</TableCell>
              <TableCell align="right">{format.percent(p.rate)}</TableCell>
              <TableCell align="right">{format.percent(p.threshold)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}
