/**
 * The part of HubSpot's chart props the preview draws: rows, the x/y fields, an optional
 * field that splits the rows into coloured series, and the series' named colours.
 */
export interface ChartModel {
  title: string | undefined;
  xLabel: string | undefined;
  yLabel: string | undefined;
  categories: string[];
  series: Array<{ name: string; color: string; values: Array<number | null> }>;
  showDataLabels: boolean;
  showLegend: boolean;
}

/** HubSpot's chart palette, by the colour names `axes.options.colors` may use. */
const PALETTE: Record<string, string> = {
  blue: '#4e7dcf',
  orange: '#fea58e',
  green: '#00bda5',
  purple: '#6a78d1',
  red: '#f2545b',
  yellow: '#f5c26b',
  darkBlue: '#2d3e50',
};
const DEFAULT_COLORS = ['#4e7dcf', '#fea58e', '#00bda5', '#6a78d1', '#f5c26b', '#f2545b'];

type Row = Record<string, unknown>;

const field = (axis: unknown): string | undefined => {
  const f = typeof axis === 'object' && axis !== null ? (axis as { field?: unknown }).field : undefined;
  return typeof f === 'string' ? f : undefined;
};
const label = (axis: unknown): string | undefined => {
  const l = typeof axis === 'object' && axis !== null ? (axis as { label?: unknown }).label : undefined;
  return typeof l === 'string' ? l : undefined;
};

export function chartModel(props: Record<string, unknown>): ChartModel {
  const rows = Array.isArray(props.data) ? (props.data.filter((r) => typeof r === 'object' && r !== null) as Row[]) : [];
  const axes = (props.axes ?? {}) as { x?: unknown; y?: unknown; options?: { groupFieldByColor?: unknown; colors?: Record<string, string> } };
  const options = (props.options ?? {}) as { title?: unknown; showDataLabels?: unknown; showLegend?: unknown };
  const xField = field(axes.x) ?? 'x';
  const yField = field(axes.y) ?? 'y';
  const groupField = typeof axes.options?.groupFieldByColor === 'string' ? axes.options.groupFieldByColor : undefined;
  const categories = [...new Set(rows.map((r) => String(r[xField])))];
  const names = groupField === undefined ? [label(axes.y) ?? yField] : [...new Set(rows.map((r) => String(r[groupField])))];
  const series = names.map((name, i) => {
    const colorName = axes.options?.colors?.[name];
    const color = (colorName !== undefined ? PALETTE[colorName] : undefined) ?? DEFAULT_COLORS[i % DEFAULT_COLORS.length] ?? '#4e7dcf';
    const values = categories.map((c) => {
      const row = rows.find((r) => String(r[xField]) === c && (groupField === undefined || String(r[groupField]) === name));
      const v = row?.[yField];
      return typeof v === 'number' && Number.isFinite(v) ? v : null;
    });
    return { name, color, values };
  });
  return {
    title: typeof options.title === 'string' ? options.title : undefined,
    xLabel: label(axes.x),
    yLabel: label(axes.y),
    categories,
    series,
    showDataLabels: options.showDataLabels === true,
    showLegend: options.showLegend === true || series.length > 1,
  };
}

/** A round upper bound for the y axis, so gridlines land on readable numbers. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= max) ?? 10;
  return step * magnitude;
}
