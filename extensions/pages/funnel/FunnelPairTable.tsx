import { StatusTag, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@hubspot/ui-extensions';
import type { FunnelPair } from '../../../src/handlers/contracts/funnelHealth';
import type { I18n } from '../../i18n/useI18n';

const TAG = { critical: 'danger', warning: 'warning', info: 'default', ok: 'success' } as const;

/**
 * The numbers under a team's funnel chart (kpi-spec §5): every pair with its full stage names,
 * rate and threshold in %, n and the 95% interval, and a status that marks the pairs under
 * their threshold, which the chart's bars alone do not.
 */
export function FunnelPairTable({ teamId, pairs, i18n }: { teamId: string; pairs: FunnelPair[]; i18n: I18n }) {
  const { t, format } = i18n;
  return (
    <Table bordered density="condensed" testId={`pairs-${teamId}`}>
      <TableHead>
        <TableRow>
          <TableHeader>{t.funnel.stagePair}</TableHeader>
          <TableHeader align="right">{t.funnel.conversion}</TableHeader>
          <TableHeader align="right">{t.funnel.threshold}</TableHeader>
          <TableHeader align="right">{t.funnel.deals}</TableHeader>
          <TableHeader>{t.funnel.interval}</TableHeader>
          <TableHeader>{t.funnel.status}</TableHeader>
        </TableRow>
      </TableHead>
      <TableBody>
        {pairs.map((p) => (
          <TableRow key={`${p.from}-${p.to}`} testId={`pair-${teamId}-${p.from}-${p.to}`}>
            <TableCell>{`${p.fromLabel} → ${p.toLabel}`}</TableCell>
            <TableCell align="right">{format.percent(p.rate)}</TableCell>
            <TableCell align="right">{format.percent(p.threshold, 0)}</TableCell>
            <TableCell align="right">{format.number(p.entered, 0)}</TableCell>
            <TableCell>{p.ci === null ? t.common.unknown : `${format.percent(p.ci[0], 0)}–${format.percent(p.ci[1], 0)}`}</TableCell>
            <TableCell>
              <StatusTag variant={TAG[p.severity]}>{t.funnel.severity[p.severity]}</StatusTag>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
