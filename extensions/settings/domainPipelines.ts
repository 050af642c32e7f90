import type { SettingsContextDto } from '../../src/handlers/contracts/settings';
import type { Pipeline } from '../../src/domain/portal';

/**
 * The settings context's pipelines as the engine's `Pipeline`, for `validateSettings`, which
 * checks that threshold ids exist. Probabilities are not sent to the page, so they are unknown
 * (null), never guessed.
 */
export function domainPipelines(context: SettingsContextDto): Pipeline[] {
  return context.pipelines.map((p, i) => ({
    id: p.id,
    label: p.label,
    displayOrder: i,
    stages: p.stages.map((s, j) => ({
      id: s.id,
      label: s.label,
      displayOrder: j,
      probability: null,
      isClosed: s.outcome !== undefined && s.outcome !== 'open',
      outcome: s.outcome ?? 'open',
    })),
  }));
}
