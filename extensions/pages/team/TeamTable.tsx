import { Link, Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow, Text } from '@hubspot/ui-extensions';
import type { TeamMemberRow, TeamScorecardsOutput } from '../../../src/handlers/contracts/teamScorecards';
import { kpiName } from '../../i18n/kpiName';
import type { I18n } from '../../i18n/useI18n';
import type { SortDirection, TeamSortKey } from './sortTeamRows';
import { trendOf } from './sortTeamRows';

export interface TeamTableProps {
  data: TeamScorecardsOutput;
  /** The members in the order chosen. */
  rows: TeamMemberRow[];
  sort: { key: TeamSortKey; direction: SortDirection };
  onSort: (key: TeamSortKey, direction: SortDirection) => void;
  onOpen: (ownerId: string) => void;
  i18n: I18n;
}

/** Every member's total, grade, trend, flags and KPI scores, sortable by any number column, the team's line last. */
export function TeamTable({ data, rows, sort, onSort, onOpen, i18n }: TeamTableProps) {
  const { t, format, language } = i18n;
  const header = (key: TeamSortKey, label: string, align?: 'right') => (
    <TableHeader key={key} align={align} sortDirection={sort.key === key ? sort.direction : 'none'} onSortChange={(direction) => onSort(key, direction === 'ascending' ? 'ascending' : 'descending')}>
      {label}
    </TableHeader>
  );
  const trend = (total: number | null, previous: number | null) => {
    const arrow = trendOf(total, previous);
    const before = format.number(previous, 1);
    if (arrow === null) return t.common.unknown;
    return arrow === 'up' ? t.team.trendUp(before) : arrow === 'down' ? t.team.trendDown(before) : t.team.trendFlat(before);
  };
  const scoreCells = (scores: TeamMemberRow['scores']) =>
    data.kpis.map((kpi) => (
      <TableCell key={kpi} align="right">
        {format.number(scores.find((s) => s.kpi === kpi)?.score ?? null, 0)}
      </TableCell>
    ));
  return (
    <Table bordered density="condensed" testId="team-table">
      <TableHead>
        <TableRow>
          {header('name', t.team.member)}
          {header('total', t.scorecard.total, 'right')}
          <TableHeader>{t.scorecard.grade}</TableHeader>
          <TableHeader>{t.team.trend}</TableHeader>
          <TableHeader>{t.team.flags}</TableHeader>
          {data.kpis.map((kpi) => header(`kpi:${kpi}`, kpiName(kpi, language), 'right'))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.ownerId} testId={`member-${row.ownerId}`}>
            <TableCell>
              <Link href="" preventDefault onClick={() => onOpen(row.ownerId)} testId={`open-${row.ownerId}`}>
                {row.name}
              </Link>
            </TableCell>
            <TableCell align="right">{format.number(row.total, 1)}</TableCell>
            <TableCell>{row.grade ?? t.scorecard.noGrade}</TableCell>
            <TableCell>{trend(row.total, row.previousTotal)}</TableCell>
            <TableCell>{row.flags.length === 0 ? t.common.unknown : row.flags.map((f) => t.team.flag[f]).join(', ')}</TableCell>
            {scoreCells(row.scores)}
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow testId="team-line">
          <TableCell>
            <Text format={{ fontWeight: 'bold' }}>{t.team.teamLine(data.team.name)}</Text>
          </TableCell>
          <TableCell align="right">{format.number(data.teamLine.total, 1)}</TableCell>
          <TableCell>{data.teamLine.grade ?? t.scorecard.noGrade}</TableCell>
          <TableCell>{trend(data.teamLine.total, data.teamLine.previousTotal)}</TableCell>
          <TableCell>{t.common.unknown}</TableCell>
          {scoreCells(data.teamLine.scores)}
        </TableRow>
      </TableFooter>
    </Table>
  );
}
