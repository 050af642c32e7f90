import type { CrmObject, HubSpotOwner, HubSpotPipeline, HubSpotUser, Snapshot } from '../domain/snapshot';
import { ChangeFeed } from './changeFeed';
import type { CustomType } from './customSchema';
import { namesCustomType } from './customSchema';
import { inferPropertySeeds } from './inferPropertySeeds';
import { ObjectCollection } from './objectCollection';
import { BUILT_IN_OBJECT_TYPES, builtInObjectType } from './objectTypes';
import { definition } from './propertyDefinition';
import { SearchCache } from './searchCache';
import { defaultPropertiesOf, standardSeeds } from './standardProperties';
import { snapshotDefinitionSeeds } from './snapshotDefinitionSeeds';
import { toStoredObject } from './toStoredObject';

/**
 * Everything the emulated portal holds. Owners, pipelines and users are read-only as in
 * HubSpot's public API; CRM objects live in one collection per type and can be created and
 * updated; custom object types are added through the schemas endpoint.
 */
export interface CrmState {
  portalId: number;
  owners: HubSpotOwner[];
  pipelines: HubSpotPipeline[];
  users: HubSpotUser[];
  builtIns: Map<string, ObjectCollection>;
  customTypes: CustomType[];
  /** The creation instant stamped on seeded records that carry no dates of their own. */
  seededAt: string;
  /** Recent searches' full match lists, shared by every collection (entries know their own). */
  searchCache: SearchCache;
  /** Every record write, announced after it is stored (search index lag, webhooks). */
  changes: ChangeFeed;
  nextObjectId(): string;
  nextSchemaId(): number;
}

const SEEDED: Record<string, (s: Snapshot) => CrmObject[] | undefined> = {
  deals: (s) => s.deals,
  goal_targets: (s) => s.goals,
  meetings: (s) => s.meetings,
  tasks: (s) => s.tasks,
  forecasts: (s) => s.forecasts,
  companies: (s) => s.companies,
  line_items: (s) => s.lineItems,
};

/** The filters every KPI surface uses (deals by owner, by pipeline), indexed while seeding. */
const WARM_INDEXES: Record<string, string[]> = { deals: ['hubspot_owner_id', 'pipeline'] };

export function createCrmState(snapshot: Snapshot, seededAt: string): CrmState {
  const builtIns = new Map<string, ObjectCollection>();
  let maxId = 0;
  for (const type of BUILT_IN_OBJECT_TYPES) {
    const records = SEEDED[type.name]?.(snapshot) ?? [];
    const stored = records.map((raw) => toStoredObject(raw, type.name, seededAt));
    for (const record of stored) maxId = Math.max(maxId, Number(record.id) || 0);
    const given = snapshotDefinitionSeeds(snapshot, type.name);
    const standard = [...standardSeeds(type.name, snapshot).filter((seed) => !given.some((g) => g.name === seed.name)), ...given];
    const inferred = inferPropertySeeds(stored, new Set(standard.map((seed) => seed.name)));
    const definitions = [...standard, ...inferred].map((seed) => definition(seed, seededAt, groupOf(type.name)));
    const info = { ...type, defaultProperties: defaultPropertiesOf(type.name) };
    const collection = new ObjectCollection(info, definitions, stored);
    for (const property of WARM_INDEXES[type.name] ?? []) collection.warmIndex(property);
    builtIns.set(type.name, collection);
  }
  let objectSeq = Math.max(maxId, 1000);
  let schemaSeq = 3_000_000;
  return {
    portalId: snapshot.portal.id,
    owners: snapshot.owners,
    pipelines: snapshot.pipelines,
    users: snapshot.users ?? [],
    builtIns,
    customTypes: [],
    seededAt,
    searchCache: new SearchCache(),
    changes: new ChangeFeed(),
    nextObjectId: () => String((objectSeq += 1)),
    nextSchemaId: () => (schemaSeq += 1),
  };
}

/** The collection a URL's `{objectType}` segment names, built-in or custom; undefined if none. */
export function collectionFor(state: CrmState, segment: string): ObjectCollection | undefined {
  const builtIn = builtInObjectType(segment);
  if (builtIn !== undefined) return state.builtIns.get(builtIn.name);
  return state.customTypes.find((custom) => namesCustomType(custom.schema, segment))?.collection;
}

export const customTypeFor = (state: CrmState, segment: string): CustomType | undefined =>
  state.customTypes.find((custom) => namesCustomType(custom.schema, segment));

function groupOf(typeName: string): string {
  if (typeName === 'deals') return 'dealinformation';
  if (typeName === 'contacts') return 'contactinformation';
  if (typeName === 'companies') return 'companyinformation';
  return `${typeName.replace(/s$/, '')}information`;
}
