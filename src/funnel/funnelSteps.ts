import type { Pipeline, Stage } from '../domain/portal';

/**
 * One step of a pipeline's funnel (kpi-spec §5). Open stages are one step each; every won
 * stage together is the single won step, because for conversion "won" is one outcome however
 * many won stages the portal keeps. Closed-lost stages are outcomes, not steps.
 */
export interface FunnelStep {
  /** The open stage's id, or the first won stage's id for the won step (stable across calls). */
  id: string;
  label: string;
  kind: 'open' | 'won';
  /** The stages that make up the step, in display order. */
  stageIds: string[];
}

/** The funnel of a pipeline: its open stages in display order, then closed won. */
export function funnelSteps(pipeline: Pipeline): FunnelStep[] {
  const stages = [...pipeline.stages].sort((a, b) => a.displayOrder - b.displayOrder);
  const steps: FunnelStep[] = stages
    .filter((stage) => stage.outcome === 'open')
    .map((stage) => ({ id: stage.id, label: stage.label, kind: 'open', stageIds: [stage.id] }));
  const won = stages.filter((stage) => stage.outcome === 'won');
  const first = won[0];
  if (first) steps.push(wonStep(first, won));
  return steps;
}

function wonStep(first: Stage, won: readonly Stage[]): FunnelStep {
  return {
    id: first.id,
    label: won.map((stage) => stage.label).join(' / '),
    kind: 'won',
    stageIds: won.map((stage) => stage.id),
  };
}
