import { compactDeal } from '../../src/sync/compactDeal';
import { deal } from '../kpi/fixtures';

describe('compactDeal', () => {
  it('keeps the segment property’s value, shared between deals of the same segment', () => {
    const pool = new Map<string, string>();
    const [a, b] = [deal({ ownerId: 'o', segmentValue: ['E', 'ast'].join('') }), deal({ ownerId: 'o', segmentValue: ['Ea', 'st'].join('') })].map((d) => compactDeal(d, pool));
    expect(a?.segmentValue).toBe('East');
    expect(b?.segmentValue).toBe('East');
    expect(compactDeal(deal({ ownerId: 'o' }), pool).segmentValue).toBeNull();
  });
});
