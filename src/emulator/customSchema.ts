import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import type { ObjectCollection } from './objectCollection';
import type { SchemaRequest } from './schemaRequest';

/** A custom object type as `GET /crm/v3/schemas/{objectType}` describes it (minus properties). */
export interface CustomSchema {
  id: string;
  objectTypeId: string;
  fullyQualifiedName: string;
  name: string;
  labels: { singular: string; plural: string };
  description?: string;
  requiredProperties: string[];
  searchableProperties: string[];
  primaryDisplayProperty?: string;
  secondaryDisplayProperties: string[];
  associations: unknown[];
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}

export interface CustomType {
  schema: CustomSchema;
  collection: ObjectCollection;
}

/** The schema record for a new custom type, or why HubSpot would refuse the request. */
export function buildCustomSchema(request: SchemaRequest, portalId: number, numericId: number, at: string): Result<CustomSchema> {
  const names = new Set(request.properties.map((p) => p.name));
  const referenced = [
    ...request.requiredProperties,
    ...(request.searchableProperties ?? []),
    ...(request.secondaryDisplayProperties ?? []),
    ...(request.primaryDisplayProperty === undefined ? [] : [request.primaryDisplayProperty]),
  ];
  const missing = referenced.filter((name) => !names.has(name));
  if (missing.length > 0) return err(`Properties referenced but not defined: ${[...new Set(missing)].join(', ')}`);
  if (names.size !== request.properties.length) return err('Property names must be unique');
  const schema: CustomSchema = {
    id: String(numericId),
    objectTypeId: `2-${numericId}`,
    fullyQualifiedName: `p${portalId}_${request.name}`,
    name: request.name,
    labels: request.labels,
    requiredProperties: request.requiredProperties,
    searchableProperties: request.searchableProperties ?? [],
    secondaryDisplayProperties: request.secondaryDisplayProperties ?? [],
    associations: [],
    createdAt: at,
    updatedAt: at,
    archived: false,
  };
  if (request.description !== undefined) schema.description = request.description;
  if (request.primaryDisplayProperty !== undefined) schema.primaryDisplayProperty = request.primaryDisplayProperty;
  return ok(schema);
}

/**
 * Whether a URL segment names this custom type: HubSpot accepts the objectTypeId
 * (`2-123`), the fully qualified name (`p<portalId>_<name>`), and the short `p_<name>`; the
 * emulator also takes the bare name, as the brief for the settings store expects.
 */
export function namesCustomType(schema: CustomSchema, segment: string): boolean {
  const key = segment.toLowerCase();
  const name = schema.name.toLowerCase();
  return key === schema.objectTypeId || key === schema.fullyQualifiedName.toLowerCase() || key === `p_${name}` || key === name;
}
