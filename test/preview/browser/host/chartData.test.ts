import fc from 'fast-check';
import { chartModel, niceMax } from '../../../../src/preview/browser/host/chartData';

describe('chartModel', () => {
  it('splits a funnel chart’s rows into a conversion and a threshold series per stage pair', () => {
    const model = chartModel({
      data: [
        { pair: 'Appointment → Qualified', series: 'Conversion', percent: 17.3 },
        { pair: 'Appointment → Qualified', series: 'Threshold', percent: 30 },
        { pair: 'Qualified → Presentation', series: 'Conversion', percent: 71.2 },
        { pair: 'Qualified → Presentation', series: 'Threshold', percent: 50 },
      ],
      axes: {
        x: { field: 'pair', fieldType: 'category', label: 'Stage pair' },
        y: { field: 'percent', fieldType: 'linear', label: 'Rate (%)' },
        options: { groupFieldByColor: 'series', colors: { Conversion: 'blue', Threshold: 'orange' } },
      },
      options: { title: 'South: stage conversion', showDataLabels: true },
    });
    expect(model.title).toBe('South: stage conversion');
    expect(model.categories).toEqual(['Appointment → Qualified', 'Qualified → Presentation']);
    expect(model.series.map((s) => [s.name, s.values])).toEqual([
      ['Conversion', [17.3, 71.2]],
      ['Threshold', [30, 50]],
    ]);
    expect(model.series[0]?.color).not.toBe(model.series[1]?.color);
    expect(model.showLegend).toBe(true);
  });

  it('draws a single series named after the y axis, and a missing value as a gap, not a zero', () => {
    const model = chartModel({
      data: [
        { period: '2026-Q1', total: 112 },
        { period: '2026-Q2', total: null },
        { period: '2026-Q3', total: 104 },
      ],
      axes: { x: { field: 'period' }, y: { field: 'total', label: 'Total' } },
    });
    expect(model.series).toHaveLength(1);
    expect(model.series[0]?.name).toBe('Total');
    expect(model.series[0]?.values).toEqual([112, null, 104]);
  });

  it('has one value per category in every series, whatever the rows', () => {
    const row = fc.record({ x: fc.constantFrom('a', 'b', 'c', 'd'), g: fc.constantFrom('s1', 's2'), y: fc.oneof(fc.double({ noNaN: true }), fc.constant(null)) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rows) => {
        const model = chartModel({ data: rows, axes: { x: { field: 'x' }, y: { field: 'y' }, options: { groupFieldByColor: 'g' } } });
        return model.series.every((s) => s.values.length === model.categories.length && s.values.every((v) => v === null || Number.isFinite(v)));
      }),
    );
  });
});

describe('niceMax', () => {
  it('rounds up to a readable axis top', () => {
    expect(niceMax(84.6)).toBe(100);
    expect(niceMax(141)).toBe(200);
    expect(niceMax(23)).toBe(25);
    expect(niceMax(0)).toBe(1);
  });

  it('is at least the largest value and less than twice it', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e9, noNaN: true }), (max) => {
        const top = niceMax(max);
        return top >= max && top < 2 * max + 1e-9;
      }),
    );
  });
});
