import type { DataIssue, Outcome, Pipeline } from './portal';
import type { HubSpotPipeline } from './snapshot';
import { parseAmount, parseBoolean } from './parseValue';

/**
 * A closed stage is won when its probability is 1.0 and lost otherwise (kpi-spec §2:
 * HubSpot marks closed-lost with 0.0; a closed stage with any other probability is treated
 * as lost because it did not bring the revenue in).
 */
export function toPipeline(raw: HubSpotPipeline, issues: DataIssue[]): Pipeline {
  const stages = raw.stages
    .filter((stage) => stage.archived !== true)
    .map((stage) => {
      const probability = parseAmount(stage.metadata.probability);
      const isClosed = parseBoolean(stage.metadata.isClosed);
      if (!probability.ok) issues.push(issue(raw.id, stage.id, 'probability', stage.metadata.probability, probability.error));
      if (!isClosed.ok) issues.push(issue(raw.id, stage.id, 'isClosed', stage.metadata.isClosed, isClosed.error));
      const prob = probability.ok ? probability.value : null;
      const closed = isClosed.ok ? isClosed.value === true : false;
      const outcome: Outcome = !closed ? 'open' : prob === 1 ? 'won' : 'lost';
      return { id: stage.id, label: stage.label, displayOrder: stage.displayOrder, probability: prob, isClosed: closed, outcome };
    })
    .sort((a, b) => a.displayOrder - b.displayOrder);
  return { id: raw.id, label: raw.label, displayOrder: raw.displayOrder, stages };
}

function issue(pipelineId: string, stageId: string, field: string, value: string | undefined, reason: string): DataIssue {
  return { object: 'pipeline', id: `${pipelineId}/${stageId}`, field: `metadata.${field}`, value: value ?? '', reason };
}
