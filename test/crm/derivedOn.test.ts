import { derivedOn } from '../../src/crm/derivedOn';

describe('derivedOn: the same answer for the same request until the source changes', () => {
  it('computes once per source and key, and again for a new source (a sync step made a new portal)', () => {
    let computed = 0;
    const count = () => ({ n: ++computed });
    const before = {};
    const first = derivedOn(before, 'director', count);
    expect(derivedOn(before, 'director', count)).toBe(first);
    expect(computed).toBe(1);
    const after = {};
    expect(derivedOn(after, 'director', count)).not.toBe(first);
    expect(computed).toBe(2);
  });

  it('keeps the last four requests of a source, the least recently asked leaving first', () => {
    let computed = 0;
    const source = {};
    const ask = (key: string) => derivedOn(source, key, () => ++computed);
    ['a', 'b', 'c', 'd'].forEach(ask);
    ask('a');
    ask('e');
    expect(computed).toBe(5);
    ask('a');
    expect(computed).toBe(5);
    ask('b');
    expect(computed).toBe(6);
  });
});
