import type { OwnerScorecardOutput } from '../../../src/handlers/contracts/ownerScorecard';

export interface TrendRow {
  period: string;
  total: number;
}

/**
 * The chart's points: the last `count` periods up to and including the one shown, oldest
 * first. A period without a total is left out rather than drawn as zero (kpi-spec §2).
 */
export function trendRows(scorecard: OwnerScorecardOutput, count = 4): TrendRow[] {
  const periods = [...scorecard.history.filter((h) => h.period !== scorecard.period), { period: scorecard.period, total: scorecard.total }];
  return periods
    .slice(-count)
    .flatMap((p) => (p.total === null ? [] : [{ period: p.period, total: Math.round(p.total * 10) / 10 }]));
}
