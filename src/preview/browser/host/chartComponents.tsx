import type { ReactNode } from 'react';
import type { ChartModel } from './chartData';
import { chartModel, niceMax } from './chartData';
import type { HostProps } from './hostProps';
import { testIdOf } from './hostProps';

const W = 720;
const H = 260;
const PAD = { left: 44, right: 12, top: 16, bottom: 52 };
const PLOT_W = W - PAD.left - PAD.right;
const PLOT_H = H - PAD.top - PAD.bottom;

const fmt = (v: number): string => (Math.abs(v) >= 100 ? v.toFixed(0) : String(Math.round(v * 10) / 10));

/** A category label on at most two lines ("A → B" breaks after the arrow), each cut to fit its band. */
function categoryLines(label: string, maxChars: number): string[] {
  const cut = (t: string) => (t.length > maxChars ? `${t.slice(0, maxChars - 1)}…` : t);
  const arrow = label.indexOf(' → ');
  if (label.length <= maxChars) return [label];
  if (arrow > 0) return [cut(`${label.slice(0, arrow)} →`), cut(label.slice(arrow + 3))];
  return [cut(label)];
}

function Grid({ max, model }: { max: number; model: ChartModel }) {
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * max);
  const band = PLOT_W / Math.max(1, model.categories.length);
  return (
    <g className="hs-chart__grid">
      {ticks.map((t) => {
        const y = PAD.top + PLOT_H - (t / max) * PLOT_H;
        return (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y} y2={y} />
            <text x={PAD.left - 6} y={y + 4} textAnchor="end">{fmt(t)}</text>
          </g>
        );
      })}
      {model.categories.map((c, i) => (
        <text key={c} className="hs-chart__category" x={PAD.left + band * (i + 0.5)} y={H - PAD.bottom + 14} textAnchor="middle">
          {categoryLines(c, Math.max(6, Math.floor(band / 5.8))).map((line, j) => (
            <tspan key={j} x={PAD.left + band * (i + 0.5)} dy={j === 0 ? 0 : 13}>
              {line}
            </tspan>
          ))}
        </text>
      ))}
    </g>
  );
}

function Frame({ props, model, children }: { props: HostProps; model: ChartModel; children: ReactNode }) {
  return (
    <figure {...testIdOf(props)} className="hs-chart">
      {model.title === undefined ? null : <figcaption className="hs-chart__title">{model.title}</figcaption>}
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={model.title}>
        {children}
        {model.xLabel === undefined ? null : <text className="hs-chart__axis" x={PAD.left + PLOT_W / 2} y={H - 6} textAnchor="middle">{model.xLabel}</text>}
      </svg>
      {model.showLegend ? (
        <div className="hs-chart__legend">
          {model.series.map((s) => (
            <span key={s.name}>
              <i style={{ background: s.color }} />
              {s.name}
            </span>
          ))}
        </div>
      ) : null}
    </figure>
  );
}

const maxOf = (model: ChartModel): number => niceMax(Math.max(0, ...model.series.flatMap((s) => s.values.filter((v): v is number => v !== null))));

export function BarChart(props: HostProps) {
  const model = chartModel(props);
  const max = maxOf(model);
  const band = PLOT_W / Math.max(1, model.categories.length);
  const barW = (band * 0.7) / Math.max(1, model.series.length);
  return (
    <Frame props={props} model={model}>
      <Grid max={max} model={model} />
      {model.series.map((s, si) =>
        s.values.map((v, ci) => {
          if (v === null) return null;
          const h = (v / max) * PLOT_H;
          const x = PAD.left + band * ci + band * 0.15 + barW * si;
          const y = PAD.top + PLOT_H - h;
          return (
            <g key={`${si}-${ci}`}>
              <rect x={x} y={y} width={barW - 2} height={h} fill={s.color} rx={2} />
              {model.showDataLabels ? <text className="hs-chart__label" x={x + (barW - 2) / 2} y={y - 4} textAnchor="middle">{fmt(v)}</text> : null}
            </g>
          );
        }),
      )}
    </Frame>
  );
}

export function LineChart(props: HostProps) {
  const model = chartModel(props);
  const max = maxOf(model);
  const band = PLOT_W / Math.max(1, model.categories.length);
  const point = (v: number, i: number) => ({ x: PAD.left + band * (i + 0.5), y: PAD.top + PLOT_H - (v / max) * PLOT_H });
  return (
    <Frame props={props} model={model}>
      <Grid max={max} model={model} />
      {model.series.map((s) => {
        const points = s.values.flatMap((v, i) => (v === null ? [] : [{ ...point(v, i), v }]));
        return (
          <g key={s.name}>
            <polyline fill="none" stroke={s.color} strokeWidth={2.5} points={points.map((p) => `${p.x},${p.y}`).join(' ')} />
            {points.map((p) => (
              <g key={p.x}>
                <circle cx={p.x} cy={p.y} r={4} fill="#fff" stroke={s.color} strokeWidth={2} />
                {model.showDataLabels ? <text className="hs-chart__label" x={p.x} y={p.y - 9} textAnchor="middle">{fmt(p.v)}</text> : null}
              </g>
            ))}
          </g>
        );
      })}
    </Frame>
  );
}
