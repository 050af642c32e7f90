import { collectionFor, createCrmState } from '../../src/emulator/crmState';
import { definition } from '../../src/emulator/propertyDefinition';
import { createObject, updateObject } from '../../src/emulator/objectWrites';
import { smallSnapshot } from './fixtures';

const AT = '2026-04-01T00:00:00.000Z';

function portal() {
  const base = smallSnapshot();
  const snapshot = { ...base, deals: base.deals.map((d) => (d.id === '103' ? { ...d, archived: true } : d)) };
  const state = createCrmState(snapshot, AT);
  const deals = collectionFor(state, 'deals');
  if (deals === undefined) throw new Error('no deals collection');
  return { state, deals };
}

describe('the deal collection', () => {
  it('keeps records in id order even when seeded out of order, and knows its ids are numbers', () => {
    const base = smallSnapshot();
    const deals = collectionFor(createCrmState({ ...base, deals: [...base.deals].reverse() }, AT), 'deals');
    expect(deals?.all().map((d) => d.id)).toEqual(['101', '102', '103', '104', '105', '106', '107']);
    expect(deals?.idsAreNumeric).toBe(true);
  });

  it('lists live and archived deals apart, and a new deal shows up in the live list', () => {
    const { state, deals } = portal();
    expect(deals.listed(false).map((d) => d.id)).toEqual(['101', '102', '104', '105', '106', '107']);
    expect(deals.listed(true).map((d) => d.id)).toEqual(['103']);
    const made = createObject(state, deals, { properties: { dealname: 'Hooli pilot', amount: '700' } }, AT);
    if (!made.ok) throw new Error('create refused');
    expect(deals.listed(false).map((d) => d.id)).toEqual(['101', '102', '104', '105', '106', '107', made.object.id]);
  });

  it('moves its version on every create, update and new property, and on nothing else', () => {
    const { state, deals } = portal();
    const start = deals.version;
    deals.listed(false);
    deals.idsEqualTo('dealstage', 'closedwon');
    expect(deals.version).toBe(start);
    const ann = deals.get('101');
    if (ann === undefined) throw new Error('deal 101 missing');
    const updated = updateObject(state, deals, ann, { amount: '1300' }, AT);
    expect(updated.ok).toBe(true);
    expect(deals.version).toBe(start + 1);
    createObject(state, deals, { properties: { dealname: 'Hooli pilot' } }, AT);
    expect(deals.version).toBe(start + 2);
    deals.addDefinition(definition({ name: 'region', type: 'string' }, AT, 'dealinformation'));
    expect(deals.version).toBe(start + 3);
  });
});
