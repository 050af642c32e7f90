import type { Bounds } from '../domain/period';
import type { Deal, Pipeline } from '../domain/portal';
import { funnelConversion } from '../funnel/funnelConversion';
import { funnelSteps } from '../funnel/funnelSteps';
import type { FunnelSettings } from '../settings/settingsSchema';

/**
 * How long a cohort the weekly digest measures conversion over: a week's cohort is all young
 * open deals, which funnel health's maturity rule leaves out, so each week's figure is the
 * trailing 13 weeks (a quarter) ending with it, and the digest reports how that moved.
 */
export const CONVERSION_WINDOW_WEEKS = 13;
/** A move smaller than this (5 points) is noise in a weekly note. */
export const CONVERSION_CHANGE_MIN = 0.05;

const WEEK_MS = 7 * 86_400_000;

export interface ConversionChange {
  pipelineLabel: string;
  fromLabel: string;
  toLabel: string;
  rate: number;
  previousRate: number;
  /** Deals in this week's cohort. */
  n: number;
}

/** Stage pairs whose trailing-quarter conversion moved by CONVERSION_CHANGE_MIN or more between the two weeks. */
export function conversionChanges(pipelines: readonly Pipeline[], deals: readonly Deal[], week: Bounds, funnel: FunnelSettings): ConversionChange[] {
  const windowEnding = (end: number): Bounds => ({ start: end - CONVERSION_WINDOW_WEEKS * WEEK_MS, end });
  const changes: ConversionChange[] = [];
  for (const pipeline of pipelines) {
    const labels = new Map(funnelSteps(pipeline).map((s) => [s.id, s.label]));
    const now = funnelConversion({ pipeline, deals, bounds: windowEnding(week.end), now: week.end, funnel });
    const before = funnelConversion({ pipeline, deals, bounds: windowEnding(week.start), now: week.start, funnel });
    now.forEach((pair, i) => {
      const previous = before[i]?.rate ?? null;
      if (pair.rate === null || previous === null || Math.abs(pair.rate - previous) < CONVERSION_CHANGE_MIN) return;
      changes.push({ pipelineLabel: pipeline.label, fromLabel: labels.get(pair.from) ?? pair.from, toLabel: labels.get(pair.to) ?? pair.to, rate: pair.rate, previousRate: previous, n: pair.entered });
    });
  }
  return changes.sort((a, b) => Math.abs(b.rate - b.previousRate) - Math.abs(a.rate - a.previousRate));
}
