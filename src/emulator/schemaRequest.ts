import { z } from 'zod';
import { propertyOptionSchema, propertyTypeSchema } from './propertyDefinition';

/**
 * The body of `POST /crm/v3/schemas` (HubSpot's `ObjectSchemaEgg`). `name`, `labels`,
 * `properties` and `requiredProperties` are required by HubSpot; `hasUniqueValue`
 * properties are enforced on every create and update of the object type.
 */
export const schemaPropertySchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/i, 'property names are letters, digits and underscores'),
  label: z.string().min(1),
  type: propertyTypeSchema,
  fieldType: z.string().min(1),
  hasUniqueValue: z.boolean().optional(),
  description: z.string().optional(),
  groupName: z.string().optional(),
  options: z.array(propertyOptionSchema).optional(),
  displayOrder: z.number().int().optional(),
});

export const schemaRequestSchema = z.object({
  name: z.string().regex(/^[a-z][a-z0-9_]*$/i, 'object names are letters, digits and underscores'),
  labels: z.object({ singular: z.string().min(1), plural: z.string().min(1) }),
  description: z.string().optional(),
  properties: z.array(schemaPropertySchema),
  requiredProperties: z.array(z.string()),
  searchableProperties: z.array(z.string()).optional(),
  primaryDisplayProperty: z.string().optional(),
  secondaryDisplayProperties: z.array(z.string()).optional(),
  associatedObjects: z.array(z.string()).optional(),
});
export type SchemaRequest = z.infer<typeof schemaRequestSchema>;
