import { Alert, Button, Flex, Heading, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text, TextArea } from '@hubspot/ui-extensions';
import { useState } from 'react';
import type { KpiClient } from '../../client/kpiClient';
import { useScoreImport } from '../../hooks/useScoreImport';
import type { I18n } from '../../i18n/useI18n';

/** The admin's CSV import of manual scores, with what happened to each row. */
export function ScoreImport({ client, i18n }: { client: KpiClient; i18n: I18n }) {
  const { t, format } = i18n;
  const [csv, setCsv] = useState('');
  const { state, run } = useScoreImport(client);
  return (
    <Flex direction="column" gap="sm" testId="score-import">
      <Heading>{t.scores.importTitle}</Heading>
      <Text variant="microcopy">{t.scores.importHelp}</Text>
      <TextArea testId="import-csv" label={t.scores.importField} name="csv" rows={6} value={csv} onChange={(v) => setCsv(v)} />
      <Button testId="import-run" disabled={csv.trim() === '' || state.status === 'running'} onClick={() => run(csv)}>
        {state.status === 'running' ? t.common.saving : t.scores.importRun}
      </Button>
      {state.status === 'error' ? (
        <Alert title={t.common.errorTitle} variant="danger" testId="import-failed">
          {state.error.message}
        </Alert>
      ) : null}
      {state.status === 'done' ? (
        <>
          <Alert title={t.scores.importTitle} variant={state.report.refused > 0 ? 'warning' : 'success'} testId="import-result">
            {t.scores.importResult(format.number(state.report.recorded, 0), format.number(state.report.corrected, 0), format.number(state.report.refused, 0))}
          </Alert>
          <Table bordered density="condensed" testId="import-report">
            <TableHead>
              <TableRow>
                <TableHeader>{t.scores.line}</TableHeader>
                <TableHeader>{t.scores.owner}</TableHeader>
                <TableHeader>KPI</TableHeader>
                <TableHeader>{t.scorecard.period}</TableHeader>
                <TableHeader align="right">{t.scorecard.score}</TableHeader>
                <TableHeader>{t.scores.outcome}</TableHeader>
                <TableHeader>{t.scores.reason}</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {state.report.rows.map((r) => (
                <TableRow key={r.line} testId={`import-line-${r.line}`}>
                  <TableCell>{String(r.line)}</TableCell>
                  <TableCell>{r.ownerId ?? t.common.unknown}</TableCell>
                  <TableCell>{r.key ?? t.common.unknown}</TableCell>
                  <TableCell>{r.period ?? t.common.unknown}</TableCell>
                  <TableCell align="right">{format.number(r.score, 1)}</TableCell>
                  <TableCell>{t.scores.outcomes[r.outcome]}</TableCell>
                  <TableCell>{r.reason ?? ''}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      ) : null}
    </Flex>
  );
}
