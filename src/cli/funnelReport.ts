import type { Period } from '../domain/period';
import type { DataProblem } from '../domain/dataProblem';
import type { Deal } from '../domain/portal';
import { readableFunnelDeals } from '../funnel/readableFunnelDeals';
import type { PairConversion } from '../funnel/pairConversion';
import type { LoadedPortal } from './loadPortal';
import { formatPeriod, periodBounds } from '../domain/period';
import { dealsOfOwners } from '../kpi/portalIndex';
import { funnelConversion } from '../funnel/funnelConversion';
import { CliError } from './cliError';
import { unknownOwner } from './unknownOwner';

export interface FunnelQuery {
  pipelineId: string;
  period: Period;
  asOf: number;
  ownerId?: string | undefined;
  teamId?: string | undefined;
}

/** What `kpi funnel --json` prints: rates are fractions, unknown (nothing entered) is null. */
export interface FunnelReport {
  pipeline: string;
  period: string;
  pairs: Pick<PairConversion, 'from' | 'to' | 'entered' | 'converted' | 'rate' | 'ci' | 'threshold' | 'severity'>[];
  /** false: deals that could have entered a stage in the period were left out (dataIssues). */
  complete: boolean;
  dataIssues: DataProblem[];
}

/** The deals in scope: one owner's, one team's members', or the whole portal's. */
function scopedDeals(portal: LoadedPortal, query: FunnelQuery): readonly Deal[] {
  const { index, data } = portal;
  if (query.ownerId !== undefined && query.teamId !== undefined) throw new CliError('give --owner or --team, not both');
  if (query.ownerId !== undefined) {
    if (!index.ownersById.has(query.ownerId)) throw unknownOwner(query.ownerId, index);
    return index.dealsByOwner.get(query.ownerId) ?? [];
  }
  if (query.teamId !== undefined) {
    const team = index.teamsById.get(query.teamId);
    if (!team) throw new CliError(`unknown team "${query.teamId}"; teams: ${data.teams.map((t) => t.id).join(', ') || 'none'}`);
    return dealsOfOwners(index, team.memberOwnerIds);
  }
  return data.deals;
}

/** Cohort conversion of every step pair (kpi-spec §5) for the chosen scope and period, over the readable deals. */
export function funnelReport(portal: LoadedPortal, query: FunnelQuery): FunnelReport {
  const pipeline = portal.index.pipelinesById.get(query.pipelineId);
  if (!pipeline) {
    throw new CliError(`unknown pipeline "${query.pipelineId}"; pipelines: ${portal.data.pipelines.map((p) => p.id).join(', ') || 'none'}`);
  }
  const bounds = periodBounds(query.period, portal.calendar);
  const readable = readableFunnelDeals(pipeline, scopedDeals(portal, query), portal.data.pipelines, portal.settings.propertyMapping, bounds, query.asOf);
  const pairs = funnelConversion({ pipeline, deals: readable.deals, bounds, now: query.asOf, funnel: portal.settings.funnel });
  return {
    pipeline: pipeline.id,
    period: formatPeriod(query.period),
    pairs: pairs.map((p) => ({ from: p.from, to: p.to, entered: p.entered, converted: p.converted, rate: p.rate, ci: p.ci, threshold: p.threshold, severity: p.severity })),
    complete: readable.dataIssues.length === 0,
    dataIssues: readable.dataIssues,
  };
}
