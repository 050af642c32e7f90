import { defaultSettings } from '../../src/settings/defaultSettings';
import { gradeFor } from '../../src/scorecard/gradeFor';

describe('gradeFor (kpi-spec §6 Grade)', () => {
  const grades = defaultSettings().grades;

  it('grades by the default bands A ≥ 110, B ≥ 90, C ≥ 70, else D', () => {
    expect(gradeFor(110, grades)).toBe('A');
    expect(gradeFor(109.99, grades)).toBe('B');
    expect(gradeFor(90, grades)).toBe('B');
    expect(gradeFor(75, grades)).toBe('C');
    expect(gradeFor(12, grades)).toBe('D');
  });

  it('puts a total below every band into the lowest band, whatever the order given', () => {
    const noZeroBand = [
      { grade: 'C', min: 60 },
      { grade: 'A', min: 100 },
      { grade: 'B', min: 80 },
    ];
    expect(gradeFor(30, noZeroBand)).toBe('C');
    expect(gradeFor(85, noZeroBand)).toBe('B');
  });

  it('has no grade without a total', () => {
    expect(gradeFor(null, grades)).toBeNull();
  });
});
