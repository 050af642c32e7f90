import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import type { FunnelHealthOutput } from '../../../src/handlers/contracts/funnelHealth';
import type { I18n } from '../../i18n/useI18n';
import { pairsBelow, repsByGap } from './repsByGap';

/**
 * Per-rep breakdown, worst gap first: who needs coaching on which step (kpi-spec §5, alerts
 * per owner). Reps at or above every threshold are counted under the table, not listed as
 * rows of dashes.
 */
export function RepGapTable({ data, i18n }: { data: FunnelHealthOutput; i18n: I18n }) {
  const { t, format } = i18n;
  const teamName = new Map(data.teams.map((team) => [team.id, team.name]));
  const ranked = repsByGap(data.reps);
  const behind = ranked.filter((rep) => rep.worstGap !== null);
  const fine = ranked.length - behind.length;
  return (
    <>
      {behind.length === 0 ? null : (
        <Table bordered density="condensed" testId="reps">
          <TableHead>
            <TableRow>
              <TableHeader>{t.funnel.rep}</TableHeader>
              <TableHeader>{t.funnel.team}</TableHeader>
              <TableHeader align="right">{t.funnel.worstGap}</TableHeader>
              <TableHeader>{t.funnel.pairsBelow}</TableHeader>
            </TableRow>
          </TableHead>
          <TableBody>
            {behind.map((rep) => (
              <TableRow key={rep.ownerId} testId={`rep-${rep.ownerId}`}>
                <TableCell>{rep.name}</TableCell>
                <TableCell>{rep.teamId === null ? t.common.unknown : (teamName.get(rep.teamId) ?? rep.teamId)}</TableCell>
                <TableCell align="right">{t.funnel.gapPoints(format.number((rep.worstGap ?? 0) * 100, 1))}</TableCell>
                <TableCell>
                  {pairsBelow(rep)
                    .map((p) => `${p.fromLabel} → ${p.toLabel} ${format.percent(p.rate)}`)
                    .join('; ')}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {fine === 0 ? null : (
        <Text variant="microcopy" testId="reps-fine">
          {behind.length === 0 ? t.funnel.noAlerts : t.funnel.allAtThreshold(format.number(fine, 0))}
        </Text>
      )}
    </>
  );
}
