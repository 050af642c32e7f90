import type { Snapshot } from '../domain/snapshot';
import type { DefinitionSeed } from './propertyDefinition';
import { propertyTypeSchema } from './propertyDefinition';

/**
 * The property definitions a snapshot carries (HubSpot's own, read by `kpi snapshot`) as seeds
 * of the type's collection: a portal's custom enumeration keeps the type and the options HubSpot
 * gave it, which reading the records' values cannot know. A type HubSpot names that the
 * emulator does not model is served as a string, as searching it compares text.
 */
export function snapshotDefinitionSeeds(snapshot: Snapshot, typeName: string): DefinitionSeed[] {
  const given = typeName === 'deals' ? snapshot.propertyDefinitions?.deals : typeName === 'companies' ? snapshot.propertyDefinitions?.companies : undefined;
  return (given ?? []).map((d) => ({
    name: d.name,
    label: d.label,
    type: propertyTypeSchema.catch('string').parse(d.type),
    fieldType: d.fieldType,
    options: (d.options ?? []).map((o, i) => ({ label: o.label, value: o.value, displayOrder: i, hidden: false })),
    hubspotDefined: false,
    ...(d.groupName === undefined ? {} : { groupName: d.groupName }),
    ...(d.description === undefined ? {} : { description: d.description }),
  }));
}
