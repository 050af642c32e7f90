import fc from 'fast-check';
import { byNumericId } from '../../src/domain/byNumericId';

const ids = (list: string[]) => list.map((id) => ({ id }));

describe('byNumericId', () => {
  it('puts deal 10 after deal 9, as HubSpot lists them, not as text sorts them', () => {
    expect(ids(['10', '9', '101', '1']).sort(byNumericId).map((o) => o.id)).toEqual(['1', '9', '10', '101']);
  });

  it('orders hand-made ids that are not numbers by their text', () => {
    expect(ids(['deal-b', 'deal-a']).sort(byNumericId).map((o) => o.id)).toEqual(['deal-a', 'deal-b']);
  });

  it('is antisymmetric and zero only for the same id', () => {
    const id = fc.oneof(fc.nat().map(String), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(id, id, (a, b) => {
        const ab = byNumericId({ id: a }, { id: b });
        expect(Math.sign(ab) + Math.sign(byNumericId({ id: b }, { id: a }))).toBe(0);
        expect(ab === 0).toBe(a === b);
      }),
    );
  });
});
