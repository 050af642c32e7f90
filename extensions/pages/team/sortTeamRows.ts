import type { TeamMemberRow } from '../../../src/handlers/contracts/teamScorecards';

/** A column of the team table: the member's name, their total, or one KPI's score. */
export type TeamSortKey = 'name' | 'total' | `kpi:${string}`;
export type SortDirection = 'ascending' | 'descending';

const valueOf = (row: TeamMemberRow, key: TeamSortKey): number | string | null => {
  if (key === 'name') return row.name;
  if (key === 'total') return row.total;
  return row.scores.find((s) => `kpi:${s.kpi}` === key)?.score ?? null;
};

/**
 * The ranking a manager asks for: by total (or one KPI's score, or name) either way, members
 * without a number last whichever way the column is sorted — unknown is not the bottom of the
 * ranking (kpi-spec §2) — and ties by name so the order never jumps between renders.
 */
export function sortTeamRows(rows: readonly TeamMemberRow[], key: TeamSortKey, direction: SortDirection): TeamMemberRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = valueOf(a, key);
    const vb = valueOf(b, key);
    if (va === null || vb === null) return va === vb ? a.name.localeCompare(b.name) : va === null ? 1 : -1;
    const order = typeof va === 'string' || typeof vb === 'string' ? String(va).localeCompare(String(vb)) : va - vb;
    return order !== 0 ? sign * order : a.name.localeCompare(b.name);
  });
}

export type Trend = 'up' | 'down' | 'flat';

/** The arrow beside a total: against the period before, within half a point counts as level. */
export function trendOf(total: number | null, previous: number | null): Trend | null {
  if (total === null || previous === null) return null;
  if (Math.abs(total - previous) < 0.5) return 'flat';
  return total > previous ? 'up' : 'down';
}
