import { scorecardFlags } from '../../src/scorecard/scorecardFlags';
import { defaultSettings } from '../../src/settings/defaultSettings';

describe('scorecardFlags (kpi-spec §6 Flags across periods)', () => {
  const flags = { promotionAfterQuarters: 2, improvementPlanAfterQuarters: 2 };

  it('flags a promotion candidate after two quarters graded A in a row', () => {
    expect(scorecardFlags(['C', 'B', 'A', 'A'], flags)).toEqual(['promotion_candidate']);
    expect(scorecardFlags(['A', 'A', 'B'], flags)).toEqual([]);
  });

  it('flags an improvement plan after two quarters graded D in a row', () => {
    expect(scorecardFlags(['B', 'D', 'D'], flags)).toEqual(['improvement_plan']);
    expect(scorecardFlags(['D', 'C', 'D'], flags)).toEqual([]);
  });

  it('lets a quarter without a grade break the run', () => {
    expect(scorecardFlags(['A', null, 'A'], flags)).toEqual([]);
  });

  it('honours configured run lengths', () => {
    const three = { promotionAfterQuarters: 3, improvementPlanAfterQuarters: 1 };
    expect(scorecardFlags(['A', 'A'], three)).toEqual([]);
    expect(scorecardFlags(['A', 'A', 'A'], three)).toEqual(['promotion_candidate']);
    expect(scorecardFlags(['B', 'D'], three)).toEqual(['improvement_plan']);
  });

  it('takes best and worst from the configured bands', () => {
    const grades = [
      { grade: 'S', min: 120 },
      { grade: 'A', min: 100 },
      { grade: 'E', min: 0 },
    ];
    expect(scorecardFlags(['A', 'A'], flags, grades)).toEqual([]);
    expect(scorecardFlags(['S', 'S'], flags, grades)).toEqual(['promotion_candidate']);
    expect(scorecardFlags(['E', 'E'], flags, grades)).toEqual(['improvement_plan']);
    expect(scorecardFlags(['A', 'A'], flags, [{ grade: 'A', min: 0 }])).toEqual([]);
    expect(defaultSettings().grades.map((g) => g.grade)).toEqual(['A', 'B', 'C', 'D']);
  });
});
