import { dealPropertiesFor } from '../domain/dealProperties';
import type { PropertyMapping } from '../domain/propertyMapping';
import type { HubSpotPipeline } from '../domain/snapshot';

/**
 * What the mirror keeps of each deal: everything the engine reads for every stage of every
 * pipeline and the mapped properties (src/domain dealProperties), plus the change time the
 * incremental sync follows.
 */
export function mirroredProperties(pipelines: readonly HubSpotPipeline[], mapping: PropertyMapping): string[] {
  const stageIds = pipelines.flatMap((p) => p.stages.map((s) => s.id));
  return [...new Set([...dealPropertiesFor(stageIds, mapping), 'hs_lastmodifieddate', 'hs_object_id'])];
}

/** Properties the mirror needs and its deals were not read with (a new stage, a newly mapped property). */
export const missingProperties = (needed: readonly string[], held: readonly string[]): string[] => {
  const have = new Set(held);
  return needed.filter((p) => !have.has(p));
};
