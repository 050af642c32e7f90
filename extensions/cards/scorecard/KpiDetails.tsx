import { Button, Flex, Heading, Link, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text, Tile } from '@hubspot/ui-extensions';
import type { KpiDetailsOutput } from '../../../src/handlers/contracts/kpiDetails';
import { csvHref } from '../../client/csvHref';
import type { KpiClient } from '../../client/kpiClient';
import { RemoteView } from '../../components/RemoteView';
import { useKpiDetails } from '../../hooks/useKpiDetails';
import { kpiName } from '../../i18n/kpiName';
import type { I18n } from '../../i18n/useI18n';
import { ForecastLine } from './ForecastLine';
import { dealsCsv } from './dealsCsv';
import { formulaText } from './formulaText';
import { PairTable } from './PairTable';
import { recordColumns, recordKey } from './recordColumns';

export interface KpiDetailsProps {
  client: KpiClient;
  ownerId: string;
  period: string;
  kpi: string;
  onClose: () => void;
  i18n: I18n;
}

/** "How this was calculated" under a scorecard's KPI table: the formula filled in and the records behind it. */
export function KpiDetails({ client, ownerId, period, kpi, onClose, i18n }: KpiDetailsProps) {
  const { t, language } = i18n;
  const remote = useKpiDetails(client, { ownerId, period, kpi });
  return (
    <Tile testId="kpi-details">
      <Flex direction="column" gap="sm">
        <Flex direction="row" justify="between" align="center">
          <Heading>{t.details.open(kpiName(kpi, language))}</Heading>
          <Button testId="close-details" variant="transparent" size="sm" onClick={() => onClose()}>
            {t.details.close}
          </Button>
        </Flex>
        <RemoteView state={remote.state} onRetry={remote.reload} t={t}>
          {(d) => <DetailsBody d={d} i18n={i18n} />}
        </RemoteView>
      </Flex>
    </Tile>
  );
}

function DetailsBody({ d, i18n }: { d: KpiDetailsOutput; i18n: I18n }) {
  const { t, format } = i18n;
  const extra = recordColumns(d, i18n);
  return (
    <>
      <Text testId="formula" format={{ fontWeight: 'demibold' }}>
        {t.details.formula(formulaText(d, i18n))}
      </Text>
      {d.reason === null ? null : <Text variant="microcopy">{d.reason}</Text>}
      {d.pairs === undefined ? null : <PairTable pairs={d.pairs} i18n={i18n} />}
      {d.forecast === null ? null : <ForecastLine forecast={d.forecast} currency={d.currency} i18n={i18n} testIdPrefix="details-forecast" />}
      <Text format={{ fontWeight: 'demibold' }}>{t.details.recordsTitle[d.recordSet]}</Text>
      {d.records.length === 0 ? (
        <Text variant="microcopy">{t.details.noRecords}</Text>
      ) : (
        <Table bordered density="condensed" testId="detail-records">
          <TableHead>
            <TableRow>
              <TableHeader>{t.details.record}</TableHeader>
              <TableHeader>{t.details.owner}</TableHeader>
              <TableHeader align="right">{t.details.amount}</TableHeader>
              <TableHeader>{t.details.date}</TableHeader>
              <TableHeader>{t.details.outcome}</TableHeader>
              {extra.map((c) => (
                <TableHeader key={c.key} align={c.align}>{c.header}</TableHeader>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {d.records.map((r) => (
              <TableRow key={`${r.type}-${recordKey(r)}`} testId={`record-${recordKey(r)}`}>
                <TableCell>{r.url === null ? (r.name ?? t.details.unnamed) : <Link href={{ url: r.url, external: true }}>{r.name ?? t.details.unnamed}</Link>}</TableCell>
                <TableCell>{r.ownerName ?? t.common.unknown}</TableCell>
                <TableCell align="right">{r.type === 'score' ? format.number(r.amount, 1) : format.currency(r.amount, d.currency)}</TableCell>
                <TableCell>{r.at === null ? (r.source === null ? t.common.unknown : t.scores.source[r.source as 'self'] ?? r.source) : format.date(r.at)}</TableCell>
                <TableCell>{r.mark !== undefined && r.mark !== null ? t.details.marks[r.mark] : r.outcome === null ? t.common.unknown : t.details.outcomes[r.outcome]}</TableCell>
                {extra.map((c) => (
                  <TableCell key={c.key} align={c.align}>{c.text(r)}</TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {d.truncated ? <Text variant="microcopy">{t.details.truncated(format.number(d.records.length, 0))}</Text> : null}
      {d.records.some((r) => r.type === 'deal') ? (
        <Link testId="export-deals" href={csvHref(dealsCsv(d, i18n))}>
          {t.details.exportCsv(format.number(d.records.length, 0))}
        </Link>
      ) : null}
    </>
  );
}
