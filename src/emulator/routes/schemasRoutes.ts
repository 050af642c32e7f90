import type { CrmState } from '../crmState';
import { customTypeFor } from '../crmState';
import type { CustomType } from '../customSchema';
import { buildCustomSchema } from '../customSchema';
import type { RouteSpec } from '../emulatorRequest';
import { queryFlag } from '../emulatorRequest';
import { badRequest, errorReply, notFound, reply } from '../httpReply';
import { ObjectCollection } from '../objectCollection';
import { definition } from '../propertyDefinition';
import { schemaRequestSchema } from '../schemaRequest';
import { defaultPropertiesOf, standardSeeds } from '../standardProperties';
import { zodMessage } from './zodMessage';

const PREFIXES = ['/crm/v3/schemas', '/crm-object-schemas/v3/schemas'];

/**
 * Custom object schemas: `POST` creates a type (objectTypeId `2-<n>`, fullyQualifiedName
 * `p<portalId>_<name>`), `GET` lists them or reads one by any name HubSpot accepts. Both
 * the documented `/crm/v3/schemas` and the SDK's `/crm-object-schemas/v3/schemas` answer.
 */
export function schemasRoutes(state: CrmState, now: () => number): RouteSpec[] {
  return [
    {
      method: 'post',
      paths: PREFIXES,
      key: 'POST /crm/v3/schemas',
      handler: ({ body }) => {
        const parsed = schemaRequestSchema.safeParse(body ?? {});
        if (!parsed.success) return badRequest(zodMessage(parsed.error));
        if (state.customTypes.some((t) => t.schema.name.toLowerCase() === parsed.data.name.toLowerCase())) {
          return errorReply(409, 'CONFLICT', `Object type with name ${parsed.data.name} already exists.`);
        }
        const at = new Date(now()).toISOString();
        const schema = buildCustomSchema(parsed.data, state.portalId, state.nextSchemaId(), at);
        if (!schema.ok) return badRequest(schema.error);
        const own = parsed.data.properties.map((p) => definition({ ...p, hubspotDefined: false }, at, `${parsed.data.name}_information`));
        const system = standardSeeds('custom', undefinedSnapshot).map((seed) => definition(seed, at, `${parsed.data.name}_information`));
        const info = { name: schema.value.name, objectTypeId: schema.value.objectTypeId, upperSingular: schema.value.name.toUpperCase(), defaultProperties: defaultPropertiesOf('custom') };
        const custom: CustomType = { schema: schema.value, collection: new ObjectCollection(info, [...system, ...own]) };
        state.customTypes.push(custom);
        return reply(201, publicSchema(custom));
      },
    },
    {
      method: 'get',
      paths: PREFIXES,
      key: 'GET /crm/v3/schemas',
      handler: ({ query }) => reply(200, { results: queryFlag(query, 'archived') ? [] : state.customTypes.map(publicSchema) }),
    },
    {
      method: 'get',
      paths: PREFIXES.map((prefix) => `${prefix}/:objectType`),
      key: 'GET /crm/v3/schemas/{objectType}',
      handler: ({ params }) => {
        const custom = customTypeFor(state, params.objectType ?? '');
        return custom === undefined ? notFound(`Unable to find object type ${params.objectType ?? ''}`) : reply(200, publicSchema(custom));
      },
    },
  ];
}

/** Custom types get only HubSpot's system properties; no snapshot data shapes them. */
const undefinedSnapshot = { portal: { id: 0, timeZone: 'UTC', currency: 'USD' }, owners: [], pipelines: [], deals: [] };

function publicSchema(custom: CustomType): Record<string, unknown> {
  return { ...custom.schema, properties: custom.collection.propertyDefinitions() };
}
