import { z } from 'zod';
import { crmObjectSchema, ownerSchema, pipelineSchema, propertyDefinitionSchema, userSchema } from '../domain/snapshot';

/**
 * zod schemas of the HubSpot answers the gateway reads that the snapshot schemas do not
 * already cover (paging wrappers, property definitions, account details). Unknown fields
 * are dropped; a missing required field is a bad answer, never a silent default.
 */
const forwardPaging = z.object({ next: z.object({ after: z.string() }).optional() }).optional();

export const ownersPageSchema = z.object({ results: z.array(ownerSchema), paging: forwardPaging });
export const objectsPageSchema = z.object({ results: z.array(crmObjectSchema), paging: forwardPaging });
export const usersPageSchema = z.object({ results: z.array(userSchema), paging: forwardPaging });
export const pipelinesSchema = z.object({ results: z.array(pipelineSchema) });
export const crmObjectResponseSchema = crmObjectSchema;
/** A batch read's answer (200, or 207 when some ids are missing: those are in `errors`, not `results`). */
export const batchReadSchema = z.object({ results: z.array(crmObjectSchema) });

/**
 * `BatchResponsePublicAssociationMultiWithLabel` (associations v4 batch read): per input id the
 * associated ids with their types, and `paging.next.after` when that id has more. The SDK
 * names `from` as `_from`; the id arrives as a string as the reference documents (a number is
 * read too).
 */
export const associationsBatchSchema = z.object({
  results: z.array(
    z
      .object({
        from: z.object({ id: z.string() }).optional(),
        _from: z.object({ id: z.string() }).optional(),
        to: z.array(z.object({ toObjectId: z.union([z.string(), z.number()]).transform(String), associationTypes: z.array(z.object({ typeId: z.number().int() })) })),
        paging: z.object({ next: z.object({ after: z.string() }).optional() }).optional(),
      })
      .refine((r) => (r.from ?? r._from) !== undefined, 'a result names no from id'),
  ),
});

export { propertyDefinitionSchema, type PropertyDefinition } from '../domain/snapshot';
export const propertyDefinitionsSchema = z.object({ results: z.array(propertyDefinitionSchema) });

/** GET /account-info/v3/details: the portal id, time zone, home currency and the host of its UI. */
export const accountDetailsSchema = z.object({
  portalId: z.number().int(),
  timeZone: z.string(),
  companyCurrency: z.string(),
  uiDomain: z.string().min(1).optional(),
});
export type AccountDetails = z.infer<typeof accountDetailsSchema>;
