import fc from 'fast-check';
import type { Deal } from '../../src/domain/portal';
import { compactDeal } from '../../src/sync/compactDeal';
import { byDealId, dealsByOwner, withChanges } from '../../src/sync/sortedDeals';

const deal = (id: number, ownerId: string | null, amount: number): Deal => ({
  id: String(id),
  name: `Deal ${id}`,
  pipelineId: 'default',
  stageId: 'closedwon',
  ownerId,
  amount,
  createdAt: 1_700_000_000_000,
  closedAt: 1_710_000_000_000,
  outcome: 'won',
  dealType: 'newbusiness',
  stageEnteredAt: { appointmentscheduled: 1_700_000_000_000, closedwon: 1_710_000_000_000 },
  collectedAmount: null,
  grossMargin: null,
  expense: null,
  forecastAmount: null,
  companyIds: null,
  issues: [],
});

const dealArb = fc.record({ id: fc.integer({ min: 1, max: 60 }), owner: fc.constantFrom('1', '2', '3', null), amount: fc.integer({ min: 0, max: 1000 }) }).map((d) => deal(d.id, d.owner, d.amount));

/** What a step means: the deals by id, later writes winning, then the removals. */
function expected(start: Deal[], upserts: Deal[], removals: string[]): Deal[] {
  const byId = new Map(start.map((d) => [d.id, d]));
  for (const d of upserts) byId.set(d.id, d);
  for (const id of removals) byId.delete(id);
  return [...byId.values()].sort(byDealId);
}

describe('the mirror keeps its deals in id order across sync steps', () => {
  it('applies creates, updates and removals as a re-sort would, leaving the old list as it was', () => {
    fc.assert(
      fc.property(fc.array(dealArb), fc.array(dealArb), fc.array(fc.integer({ min: 1, max: 60 }).map(String)), (initial, upserts, removals) => {
        const start = expected([], initial, []);
        const before = start.slice();
        const next = withChanges(start, upserts, removals);
        expect(next).toEqual(expected(start, upserts, removals));
        expect(start).toEqual(before);
      }),
    );
  });

  it('orders ids numerically, as HubSpot and the snapshot do ("9" before "10")', () => {
    expect(withChanges([], [deal(10, '1', 1), deal(9, '1', 1), deal(100, '1', 1)], []).map((d) => d.id)).toEqual(['9', '10', '100']);
  });

  it("groups each owner's deals in the list's order and leaves unowned deals out", () => {
    const sorted = expected([], [deal(3, '1', 1), deal(1, '2', 1), deal(2, '1', 1), deal(4, null, 1)], []);
    const byOwner = dealsByOwner(sorted);
    expect(byOwner.get('1')?.map((d) => d.id)).toEqual(['2', '3']);
    expect(byOwner.get('2')?.map((d) => d.id)).toEqual(['1']);
    expect([...byOwner.keys()].sort()).toEqual(['1', '2']);
  });
});

describe('a deal held by the mirror', () => {
  it('keeps every value of the deal it was read as', () => {
    fc.assert(fc.property(dealArb, (d) => expect(compactDeal(d, new Map())).toEqual(d)));
  });

});
