import { z } from 'zod';

/**
 * The portal snapshot (design.md, "The portal snapshot"): HubSpot's own API shapes, every
 * property value a string as HubSpot sends it. A collection that is absent is unknown; an
 * empty list means there are none.
 */
const propertyValue = z.string().nullable().optional();
export const crmObjectSchema = z.object({
  id: z.string().min(1),
  properties: z.record(z.string(), propertyValue),
  associations: z
    .record(z.string(), z.object({ results: z.array(z.object({ id: z.string(), type: z.string().optional() })) }))
    .optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  archived: z.boolean().optional(),
});
export type CrmObject = z.infer<typeof crmObjectSchema>;

export const ownerSchema = z.object({
  id: z.string().min(1),
  email: z.string().nullable().optional(),
  firstName: z.string().nullable().optional(),
  lastName: z.string().nullable().optional(),
  userId: z.number().int().nullable().optional(),
  userIdIncludingInactive: z.number().int().nullable().optional(),
  type: z.string().optional(),
  archived: z.boolean().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  teams: z
    .array(z.object({ id: z.string(), name: z.string(), primary: z.boolean().optional() }))
    .optional(),
});
export type HubSpotOwner = z.infer<typeof ownerSchema>;

export const pipelineStageSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  displayOrder: z.number(),
  metadata: z.record(z.string(), z.string()),
  archived: z.boolean().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
  writePermissions: z.string().optional(),
});
export const pipelineSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  displayOrder: z.number(),
  stages: z.array(pipelineStageSchema),
  archived: z.boolean().optional(),
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type HubSpotPipeline = z.infer<typeof pipelineSchema>;
export type HubSpotPipelineStage = z.infer<typeof pipelineStageSchema>;

export const userSchema = z.object({
  id: z.string().min(1),
  email: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  superAdmin: z.boolean().optional(),
  roleIds: z.array(z.string()).optional(),
  primaryTeamId: z.string().optional(),
  secondaryTeamIds: z.array(z.string()).optional(),
});
export type HubSpotUser = z.infer<typeof userSchema>;

export const portalInfoSchema = z.object({
  id: z.number().int(),
  timeZone: z.string().default('UTC'),
  currency: z.string().default('USD'),
  /** The host of the portal's HubSpot UI (account info's `uiDomain`); absent in older snapshots: unknown. */
  uiDomain: z.string().min(1).optional(),
});

/** A property's definition as HubSpot's properties API returns it (`GET /crm/v3/properties/{objectType}`), the fields the app reads. */
export const propertyDefinitionSchema = z.object({
  name: z.string().min(1),
  label: z.string(),
  type: z.string(),
  fieldType: z.string(),
  groupName: z.string().optional(),
  description: z.string().optional(),
  calculated: z.boolean().optional(),
  hidden: z.boolean().optional(),
  options: z.array(z.object({ label: z.string(), value: z.string() })).optional(),
});
export type PropertyDefinition = z.infer<typeof propertyDefinitionSchema>;

export const snapshotSchema = z.object({
  portal: portalInfoSchema,
  owners: z.array(ownerSchema),
  pipelines: z.array(pipelineSchema),
  deals: z.array(crmObjectSchema),
  goals: z.array(crmObjectSchema).optional(),
  meetings: z.array(crmObjectSchema).optional(),
  users: z.array(userSchema).optional(),
  tasks: z.array(crmObjectSchema).optional(),
  /** Submitted forecasts as HubSpot's Forecasts API (beta, read-only) returns them. */
  forecasts: z.array(crmObjectSchema).optional(),
  /**
   * Companies (object 0-2) associated with the deals, and the line items (object 0-8) of the
   * won deals; the deals name them under `associations.companies` and `associations.line_items`.
   * Absent in older snapshots: the customer and product KPIs then say they were not read.
   */
  companies: z.array(crmObjectSchema).optional(),
  lineItems: z.array(crmObjectSchema).optional(),
  /**
   * The definitions of the deal and company properties the snapshot was read for (the segment
   * properties, the key-account one), so that their values show under HubSpot's option labels
   * offline and in the emulator. Absent: the values are shown as they are.
   */
  propertyDefinitions: z.object({ deals: z.array(propertyDefinitionSchema).optional(), companies: z.array(propertyDefinitionSchema).optional() }).optional(),
});
export type Snapshot = z.infer<typeof snapshotSchema>;
export type SnapshotInput = z.input<typeof snapshotSchema>;
