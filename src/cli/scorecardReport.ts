import type { Period } from '../domain/period';
import type { ManualScore } from '../domain/portal';
import type { Role } from '../settings/settingsSchema';
import type { ScorecardResult } from '../scorecard/scorecardResult';
import type { LoadedPortal } from './loadPortal';
import { evaluateScorecard } from '../scorecard/evaluateScorecard';
import { CliError } from './cliError';
import { unknownOwner } from './unknownOwner';

export interface ScorecardQuery {
  ownerId: string;
  role?: Role | undefined;
  period: Period;
  asOf: number;
  /** null: no manual scores given, so manual KPIs are not_configured. */
  manualScores: ManualScore[] | null;
}

/** What `kpi scorecard --json` prints: rates as fractions, unknown as null (never 0). */
export interface ScorecardReport {
  owner: string;
  role: Role;
  period: string;
  /** `reason`: why a KPI has no value or no score (null when scored). */
  kpis: Pick<ScorecardResult['kpis'][number], 'id' | 'status' | 'actual' | 'target' | 'score' | 'weight' | 'configuredWeight' | 'complete' | 'dataIssues' | 'worstPair' | 'forecast' | 'pace' | 'reason'>[];
  elapsedShare: number;
  total: number | null;
  grade: string | null;
  flags: ScorecardResult['flags'];
  complete: boolean;
  provisional: boolean;
  withheldFlags: ScorecardResult['withheldFlags'];
  dataIssues: ScorecardResult['dataIssues'];
  eligible: boolean;
  /** The previous periods, oldest first (the trend). */
  history: ScorecardResult['history'];
}

/** An owner's weighted role scorecard (kpi-spec §6); the full result is kept for the table. */
export function scorecardResult(portal: LoadedPortal, query: ScorecardQuery): ScorecardResult {
  if (!portal.index.ownersById.has(query.ownerId)) throw unknownOwner(query.ownerId, portal.index);
  const result = evaluateScorecard({
    data: portal.data,
    index: portal.index,
    settings: portal.settings,
    ownerId: query.ownerId,
    role: query.role,
    period: query.period,
    now: query.asOf,
    manualScores: query.manualScores,
    // Forecasts are frozen at period start by the backend; a snapshot holds none.
    frozenForecasts: null,
  });
  if (!result.ok) throw new CliError(result.error);
  return result.value;
}

export function toScorecardReport(result: ScorecardResult): ScorecardReport {
  return {
    owner: result.owner,
    role: result.role,
    period: result.period,
    kpis: result.kpis.map((k) => ({
      id: k.id,
      status: k.status,
      actual: k.actual,
      target: k.target,
      score: k.score,
      weight: k.weight,
      configuredWeight: k.configuredWeight,
      complete: k.complete,
      dataIssues: k.dataIssues,
      worstPair: k.worstPair,
      forecast: k.forecast,
      pace: k.pace,
      reason: k.reason,
    })),
    elapsedShare: result.elapsedShare,
    total: result.total,
    grade: result.grade,
    flags: result.flags,
    complete: result.complete,
    provisional: result.provisional,
    withheldFlags: result.withheldFlags,
    dataIssues: result.dataIssues,
    eligible: result.eligible,
    history: result.history,
  };
}
