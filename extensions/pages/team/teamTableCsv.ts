import type { TeamScorecardsOutput } from '../../../src/handlers/contracts/teamScorecards';
import type { CsvCell } from '../../../src/domain/csv';
import { toCsv } from '../../../src/domain/csv';
import { kpiName } from '../../i18n/kpiName';
import type { I18n } from '../../i18n/useI18n';
import type { TeamMemberRow } from '../../../src/handlers/contracts/teamScorecards';

/**
 * The team table as the manager sees it, as CSV (UTF-8 with BOM): one row per member in the
 * shown order, then the team line; numbers unformatted so Excel can sum them, unknown empty.
 */
export function teamTableCsv(data: TeamScorecardsOutput, rows: readonly TeamMemberRow[], i18n: I18n): string {
  const { t, language } = i18n;
  const header: CsvCell[] = ['ownerId', t.team.member, t.scorecard.total, t.scorecard.grade, t.team.previousTotal, t.team.flags, ...data.kpis.map((k) => kpiName(k, language))];
  const scores = (line: { scores: TeamMemberRow['scores'] }) => data.kpis.map((k) => round(line.scores.find((s) => s.kpi === k)?.score ?? null));
  const body = rows.map((r): CsvCell[] => [r.ownerId, r.name, round(r.total), r.grade, round(r.previousTotal), r.flags.map((f) => t.team.flag[f]).join('; '), ...scores(r)]);
  const line = data.teamLine;
  const team: CsvCell[] = [data.team.id, t.team.teamLine(data.team.name), round(line.total), line.grade, round(line.previousTotal), '', ...scores(line)];
  return toCsv([header, ...body, team]);
}

const round = (v: number | null): number | null => (v === null ? null : Math.round(v * 10) / 10);
