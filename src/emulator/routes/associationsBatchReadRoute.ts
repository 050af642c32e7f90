import { z } from 'zod';
import { associationLabel, associationTypeId, reverseTypeId } from '../associationTypes';
import type { CrmState } from '../crmState';
import type { RouteSpec } from '../emulatorRequest';
import { badRequest, reply } from '../httpReply';
import { builtInObjectType } from '../objectTypes';
import type { StoredObject } from '../storedObject';
import { unknownType } from './objectReadRoutes';
import { zodMessage } from './zodMessage';
import { reverseAssociations } from '../reverseAssociations';

/** HubSpot's limit on the ids of one associations batch read (developer changelog, February 2025: v3 and v4). */
export const MAX_ASSOCIATION_INPUTS = 1000;
/** How many associated records one input answers before `paging.next.after` (HubSpot's default page). */
export const ASSOCIATIONS_PAGE = 500;

const bodySchema = z.object({ inputs: z.array(z.object({ id: z.string(), after: z.string().optional() })) });

/** `MultiAssociatedObjectWithLabel` as the reference documents it: the id a string, `label` only when there is one. */
interface Link {
  toObjectId: string;
  associationTypes: { category: 'HUBSPOT_DEFINED'; typeId: number; label?: string }[];
}

/** The records `id` (of type `from`) is associated with in `to`, as stored on either end. */
function linksOf(state: CrmState, from: string, to: string, object: StoredObject): Link[] {
  const links = new Map<string, Set<number>>();
  const add = (id: string, typeId: number | null) => {
    if (typeId === null) return;
    const set = links.get(id) ?? new Set<number>();
    set.add(typeId);
    links.set(id, set);
  };
  for (const r of object.associations?.[to]?.results ?? []) add(r.id, associationTypeId(from, to, r.type));
  const others = state.builtIns.get(to);
  const reverse = others === undefined ? [] : (reverseAssociations(others, from).get(object.id) ?? []);
  for (const r of reverse) add(r.id, reverseTypeId(from, to, associationTypeId(to, from, r.type)));
  return [...links].map(([id, types]) => ({
    toObjectId: id,
    associationTypes: [...types].sort((a, b) => a - b).map((typeId) => {
      const label = associationLabel(typeId);
      return { category: 'HUBSPOT_DEFINED' as const, typeId, ...(label === null ? {} : { label }) };
    }),
  }));
}

/**
 * `POST /crm/v4/associations/{fromObjectType}/{toObjectType}/batch/read`: for each input id,
 * the associated records (`to`, with every association type between the two), paged per id
 * with `after`. At most 1,000 inputs. An id with no associations (or no record) is named in an
 * error and the answer is a 207, as HubSpot does.
 */
export function associationsBatchReadRoute(state: CrmState, now: () => number): RouteSpec {
  return {
    method: 'post',
    paths: ['/crm/v4/associations/:fromObjectType/:toObjectType/batch/read'],
    key: 'POST /crm/v4/associations/{fromObjectType}/{toObjectType}/batch/read',
    handler: ({ params, body }) => {
      const from = builtInObjectType(params.fromObjectType ?? '');
      const to = builtInObjectType(params.toObjectType ?? '');
      if (from === undefined) return unknownType(params.fromObjectType ?? '');
      if (to === undefined) return unknownType(params.toObjectType ?? '');
      const parsed = bodySchema.safeParse(body ?? {});
      if (!parsed.success) return badRequest(zodMessage(parsed.error));
      const { inputs } = parsed.data;
      if (inputs.length > MAX_ASSOCIATION_INPUTS) return badRequest(`Batch input limit exceeded: ${inputs.length} inputs; the maximum is ${MAX_ASSOCIATION_INPUTS}.`);
      const startedAt = new Date(now()).toISOString();
      const collection = state.builtIns.get(from.name);
      const results: Record<string, unknown>[] = [];
      const missing: string[] = [];
      for (const input of inputs) {
        const object = collection?.get(input.id);
        const links = object === undefined || object.archived ? [] : linksOf(state, from.name, to.name, object);
        if (links.length === 0) {
          missing.push(input.id);
          continue;
        }
        const offset = Number(input.after ?? 0) || 0;
        const page = links.slice(offset, offset + ASSOCIATIONS_PAGE);
        const more = offset + ASSOCIATIONS_PAGE < links.length;
        results.push({ from: { id: input.id }, to: page, ...(more ? { paging: { next: { after: String(offset + ASSOCIATIONS_PAGE) } } } : {}) });
      }
      const base = { status: 'COMPLETE', results, startedAt, completedAt: new Date(now()).toISOString() };
      if (missing.length === 0) return reply(200, base);
      const errors = missing.map((id) => ({
        status: 'error',
        category: 'VALIDATION_ERROR',
        subCategory: 'crm.associations.NO_ASSOCIATIONS_FOUND',
        message: `No ${to.name} is associated with ${from.upperSingular} ${id}.`,
        context: { fromObjectId: [id] },
        links: {},
        errors: [],
      }));
      return reply(207, { ...base, numErrors: errors.length, errors, links: {} });
    },
  };
}
