import { Flex, Link, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Tag, Text } from '@hubspot/ui-extensions';
import type { OwnerScorecardOutput } from '../../../src/handlers/contracts/ownerScorecard';
import { KpiStatusTag } from '../../components/KpiStatusTag';
import { kpiName } from '../../i18n/kpiName';
import type { I18n } from '../../i18n/useI18n';
import { ForecastLine } from './ForecastLine';

type Row = OwnerScorecardOutput['kpis'][number];

/**
 * The weight a KPI carried: the configured weight alone when nothing was re-spread, else
 * "15 → 21.4" (kpi-spec §6: applied weights are exact, shown to one decimal).
 */
function weightText(row: Row, { t, format }: I18n): string {
  const configured = format.number(row.configuredWeight, 1);
  return Math.abs(row.weight - row.configuredWeight) < 1e-9 ? configured : t.scorecard.weightRespread(configured, format.number(row.weight, 1));
}

/**
 * One row per KPI of the role template (kpi-spec §6), with the weight actually applied and,
 * for a KPI without a number, why — in the row, not behind a hover. A KPI's name opens how it
 * was calculated.
 */
export function KpiTable({ scorecard, i18n, onOpen }: { scorecard: OwnerScorecardOutput; i18n: I18n; onOpen?: (kpi: string) => void }) {
  const { t, format, language } = i18n;
  const dropped = scorecard.kpis.some((k) => k.status !== 'ok');
  return (
    <>
      <Table bordered density="condensed" testId="kpi-table">
        <TableHead>
          <TableRow>
            <TableHeader>{t.scorecard.kpi}</TableHeader>
            <TableHeader align="right">{t.scorecard.actual}</TableHeader>
            <TableHeader align="right">{t.scorecard.target}</TableHeader>
            <TableHeader align="right">{t.scorecard.score}</TableHeader>
            <TableHeader align="right">{t.scorecard.weight}</TableHeader>
            <TableHeader>{t.scorecard.status}</TableHeader>
          </TableRow>
        </TableHead>
        <TableBody>
          {scorecard.kpis.map((row) => (
            <TableRow key={row.id} testId={`kpi-${row.id}`}>
              <TableCell>
                {onOpen === undefined ? (
                  kpiName(row.id, language)
                ) : (
                  <Link href="" preventDefault onClick={() => onOpen(row.id)} testId={`open-kpi-${row.id}`}>
                    {kpiName(row.id, language)}
                  </Link>
                )}
                {row.worstPair === null ? null : (
                  <Text variant="microcopy">{t.scorecard.worstPair(row.worstPair.fromLabel, row.worstPair.toLabel, format.percent(row.worstPair.rate), format.percent(row.worstPair.threshold, 0))}</Text>
                )}
                {row.pace === null ? null : <Text variant="microcopy">{t.scorecard.pace(format.percent(row.pace))}</Text>}
                {row.forecast === null ? null : <ForecastLine forecast={row.forecast} currency={scorecard.currency} i18n={i18n} />}
              </TableCell>
              <TableCell align="right">{format.kpiValue(row.id, row.actual, scorecard.currency)}</TableCell>
              <TableCell align="right">{format.kpiValue(row.id, row.target, scorecard.currency)}</TableCell>
              <TableCell align="right">{format.number(row.score, 0)}</TableCell>
              <TableCell align="right">{weightText(row, i18n)}</TableCell>
              <TableCell>
                <Flex direction="column" gap="flush">
                  <KpiStatusTag status={row.status} reason={row.reason} t={t} />
                  {row.status !== 'ok' && row.reason !== null ? <Text variant="microcopy">{row.reason}</Text> : null}
                  {row.complete ? null : (
                    <Tag variant="warning" testId={`incomplete-${row.id}`}>
                      {t.scorecard.incomplete(new Set(row.dataIssues.map((p) => p.recordId)).size)}
                    </Tag>
                  )}
                </Flex>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {dropped ? <Text variant="microcopy">{t.scorecard.respread}</Text> : null}
    </>
  );
}
