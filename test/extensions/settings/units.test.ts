import fc from 'fast-check';
import { funnelPairs } from '../../../extensions/settings/sections/funnelPairs';
import { displayScale, fromDisplay, toDisplay } from '../../../extensions/settings/units';
import { settingsContextFixture } from '../support/fixtures';

describe('settings units', () => {
  it('shows rates as percentages, coverage as a multiple and counts as they are', () => {
    expect(displayScale('win_rate')).toBe(100);
    expect(displayScale('pipeline_coverage')).toBe(1);
    expect(displayScale('activity_count')).toBe(1);
    expect(toDisplay(0.3, 100)).toBe(30);
    expect(fromDisplay(30, 100)).toBe(0.3);
  });

  it('gives back the typed percentage after a round trip through the stored fraction (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100000, max: 100000 }), (hundredths) => {
        const typed = hundredths / 100;
        expect(toDisplay(fromDisplay(typed, 100), 100)).toBe(typed);
      }),
    );
  });
});

describe('funnelPairs', () => {
  it('steps through the open stages then closed won, leaving closed lost out (kpi-spec §5)', () => {
    const pipeline = settingsContextFixture.pipelines[0];
    if (pipeline === undefined) throw new Error('fixture has a pipeline');
    expect(funnelPairs(pipeline).map((p) => `${p.from.id}>${p.to.id}:${p.position}`)).toEqual([
      'lead>qualified:first',
      'qualified>proposal:middle',
      'proposal>won:lastToWon',
    ]);
  });

  it('takes every stage in order when the context does not say which are closed', () => {
    const plain = { id: 'p', label: 'P', stages: ['a', 'b', 'c'].map((id) => ({ id, label: id.toUpperCase() })) };
    expect(funnelPairs(plain).map((p) => `${p.from.id}>${p.to.id}:${p.position}`)).toEqual(['a>b:first', 'b>c:middle']);
  });
});
