import type { DataProblem, DataProblemKind } from './dataProblem';
import { STAGE_ENTERED_LEGACY_PREFIX, STAGE_ENTERED_V2_PREFIX } from './dealProperties';
import type { DataIssue, Deal, Pipeline, Stage } from './portal';
import type { PropertyMapping } from './propertyMapping';

/** Which of a deal's inputs a problem spoils; a KPI that reads none of them is unaffected. */
export type DealFacet = 'amount' | 'closedate' | 'createdate' | 'stages' | 'outcome' | 'collected' | 'margin' | 'expense' | 'forecast';

export interface DealProblem {
  problem: DataProblem;
  facets: DealFacet[];
}

const DAY_MS = 86_400_000;

const SENTENCE: Record<DataProblemKind, string> = {
  amount_not_a_number: 'has an amount that is not a number',
  amount_missing: 'is won but has no amount',
  amount_negative: 'has a negative amount',
  closedate_missing: 'is closed but has no close date',
  closedate_unreadable: 'has a close date that cannot be read',
  closedate_before_createdate: 'has a close date before its create date',
  createdate_unreadable: 'has a create date that cannot be read',
  stage_time_unreadable: 'has a stage entry time that cannot be read',
  stage_times_out_of_order: 'entered a later stage before an earlier one',
  pipeline_unknown: 'is in a pipeline this portal does not have',
  stage_unknown: 'is in a stage its pipeline does not have',
  value_unreadable: 'has a value that cannot be read',
};

/** The English sentence of a problem kind ("1 won deal has an amount that is not a number"). */
export const problemSentence = (kind: DataProblemKind): string => SENTENCE[kind];

/**
 * Every data problem of one deal (kpi-spec §2: "a record that cannot be read … is a data
 * problem, not a design choice"): the values toDeal could not parse, and values that parse
 * but cannot be right — a won deal with no amount, a negative amount, a closed deal with no
 * close date, a close date before the create date, stage entry times out of funnel order, a
 * pipeline or stage the portal does not have. A close date earlier on the day the deal was
 * created is not one: HubSpot stores a close date picked in the UI as that day's midnight, so a
 * deal created and won the same afternoon reads as closed hours "before" it was created.
 */
export function dealProblems(deal: Deal, pipelinesById: ReadonlyMap<string, Pipeline>, mapping: PropertyMapping): readonly DealProblem[] {
  // Called for every deal of the portal on every scorecard: nothing is allocated for a clean deal.
  let out: DealProblem[] | null = deal.issues.length === 0 ? null : deal.issues.map((issue) => fromIssue(deal, issue, mapping));
  const amountUnread = unread(deal, 'amount') || unread(deal, 'amount_in_home_currency');
  if (deal.outcome === 'won' && deal.amount === null && !amountUnread) out = withProblem(out, found(deal, 'amount_missing', 'amount', ['amount'], ''));
  if (deal.amount !== null && deal.amount < 0) out = withProblem(out, found(deal, 'amount_negative', 'amount', ['amount'], ` (${deal.amount})`));
  const closed = deal.outcome === 'won' || deal.outcome === 'lost';
  if (closed && deal.closedAt === null && !unread(deal, 'closedate')) out = withProblem(out, found(deal, 'closedate_missing', 'closedate', ['closedate'], ''));
  if (deal.closedAt !== null && deal.createdAt !== null && deal.closedAt < deal.createdAt - DAY_MS) {
    out = withProblem(out, found(deal, 'closedate_before_createdate', 'closedate', ['closedate', 'createdate'], ` (${isoDate(deal.closedAt)} < ${isoDate(deal.createdAt)})`));
  }
  const stageProblem = pipelineProblem(deal, pipelinesById);
  if (stageProblem !== null) out = withProblem(out, stageProblem);
  return out ?? NO_PROBLEMS;
}

const NO_PROBLEMS: readonly DealProblem[] = Object.freeze([]);

function withProblem(out: DealProblem[] | null, problem: DealProblem): DealProblem[] {
  if (out === null) return [problem];
  out.push(problem);
  return out;
}

function unread(deal: Deal, field: string): boolean {
  for (let i = 0; i < deal.issues.length; i++) if ((deal.issues[i] as DataIssue).field === field) return true;
  return false;
}

function found(deal: Deal, kind: DataProblemKind, field: string, facets: DealFacet[], detail: string): DealProblem {
  return { problem: problemOf(deal, kind, field, detail), facets };
}

function pipelineProblem(deal: Deal, pipelinesById: ReadonlyMap<string, Pipeline>): DealProblem | null {
  if (deal.pipelineId === null) return null;
  const pipeline = pipelinesById.get(deal.pipelineId);
  if (pipeline === undefined) return { problem: problemOf(deal, 'pipeline_unknown', 'pipeline', ` ("${deal.pipelineId}")`), facets: ['stages'] };
  if (deal.stageId !== null && !pipeline.stages.some((s) => s.id === deal.stageId)) {
    return { problem: problemOf(deal, 'stage_unknown', 'dealstage', ` ("${deal.stageId}")`), facets: ['stages'] };
  }
  const late = outOfOrderStage(deal, pipeline);
  return late === null ? null : { problem: problemOf(deal, 'stage_times_out_of_order', STAGE_ENTERED_V2_PREFIX + late, ''), facets: ['stages'] };
}

/** Every deal of a pipeline is checked against the same steps: worked out once per pipeline. */
const funnelStepsOf = new WeakMap<Pipeline, readonly Stage[]>();

function funnelSteps(pipeline: Pipeline): readonly Stage[] {
  let steps = funnelStepsOf.get(pipeline);
  if (steps === undefined) {
    steps = [...pipeline.stages.filter((s) => s.outcome === 'open'), ...pipeline.stages.filter((s) => s.outcome === 'won')];
    funnelStepsOf.set(pipeline, steps);
  }
  return steps;
}

/**
 * The first funnel step (open stages in display order, then won; kpi-spec §5) whose entry time
 * is earlier than that of a step before it, or null when the times follow the funnel.
 */
function outOfOrderStage(deal: Deal, pipeline: Pipeline): string | null {
  const steps = funnelSteps(pipeline);
  let latest = -Infinity;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i] as Stage;
    const at = deal.stageEnteredAt[step.id];
    if (at === undefined) continue;
    if (at < latest) return step.id;
    latest = at;
  }
  return null;
}

function fromIssue(deal: Deal, issue: DataIssue, mapping: PropertyMapping): DealProblem {
  const detail = ` (${issue.reason})`;
  const f = issue.field;
  const make = (kind: DataProblemKind, facets: DealFacet[]): DealProblem => ({ problem: problemOf(deal, kind, f, detail), facets });
  if (f === 'amount' || f === 'amount_in_home_currency') return make('amount_not_a_number', ['amount']);
  if (f === 'closedate') return make('closedate_unreadable', ['closedate']);
  if (f === 'createdate') return make('createdate_unreadable', ['createdate']);
  if (f.startsWith(STAGE_ENTERED_V2_PREFIX) || f.startsWith(STAGE_ENTERED_LEGACY_PREFIX)) return make('stage_time_unreadable', ['stages']);
  const mapped: [string | null, DealFacet][] = [[mapping.collectedAmount, 'collected'], [mapping.grossMargin, 'margin'], [mapping.expense, 'expense'], [mapping.forecastAmount, 'forecast']];
  const facet = mapped.find(([property]) => property === f)?.[1];
  return make('value_unreadable', facet ? [facet] : ['outcome']);
}

function problemOf(deal: Deal, kind: DataProblemKind, field: string, detail: string): DataProblem {
  return { recordId: deal.id, field, problem: `${SENTENCE[kind]}${detail}`, kind, object: 'deal', recordName: deal.name, ownerId: deal.ownerId };
}

const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
