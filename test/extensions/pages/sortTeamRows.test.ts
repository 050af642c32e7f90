import fc from 'fast-check';
import { sortTeamRows, trendOf } from '../../../extensions/pages/team/sortTeamRows';
import type { TeamMemberRow } from '../../../src/handlers/contracts/teamScorecards';

const row = (name: string, total: number | null): TeamMemberRow => ({ ownerId: name, name, role: 'rep', flags: [], total, grade: null, previousTotal: null, scores: [] });

describe('sortTeamRows', () => {
  it('puts members without a total last either way, the others in order, and keeps every member (property)', () => {
    const rows = fc.uniqueArray(fc.record({ name: fc.string({ minLength: 1, maxLength: 4 }), total: fc.option(fc.integer({ min: 0, max: 150 }), { nil: null }) }), { selector: (r) => r.name, maxLength: 12 });
    fc.assert(
      fc.property(rows, fc.constantFrom('ascending' as const, 'descending' as const), (input, direction) => {
        const sorted = sortTeamRows(input.map((r) => row(r.name, r.total)), 'total', direction);
        expect(sorted.map((r) => r.name).sort()).toEqual(input.map((r) => r.name).sort());
        const totals = sorted.map((r) => r.total);
        const known = totals.filter((t): t is number => t !== null);
        expect(totals.slice(0, known.length)).toEqual(known);
        for (let i = 1; i < known.length; i += 1) expect(direction === 'ascending' ? known[i]! >= known[i - 1]! : known[i]! <= known[i - 1]!).toBe(true);
      }),
    );
  });
});

describe('trendOf', () => {
  it('is up, down or level against the period before, and unknown without both totals', () => {
    expect([trendOf(90, 80), trendOf(70, 80), trendOf(80.3, 80), trendOf(null, 80), trendOf(80, null)]).toEqual(['up', 'down', 'flat', null, null]);
  });
});
