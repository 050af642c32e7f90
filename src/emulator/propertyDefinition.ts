import { z } from 'zod';

/**
 * A property definition in the shape of HubSpot's `GET /crm/v3/properties/{objectType}`
 * results (the SDK's `Property` model). `type` decides how search compares values:
 * datetime/date as epoch ms, number numerically, everything else as text.
 */
export const propertyTypeSchema = z.enum(['string', 'number', 'date', 'datetime', 'enumeration', 'bool', 'phone_number']);
export type PropertyType = z.infer<typeof propertyTypeSchema>;

export const propertyOptionSchema = z.object({
  label: z.string(),
  value: z.string(),
  displayOrder: z.number().int().default(0),
  hidden: z.boolean().default(false),
  description: z.string().optional(),
});
export type PropertyOption = z.infer<typeof propertyOptionSchema>;

export interface PropertyDefinition {
  name: string;
  label: string;
  type: PropertyType;
  fieldType: string;
  description: string;
  groupName: string;
  options: PropertyOption[];
  displayOrder: number;
  calculated: boolean;
  externalOptions: boolean;
  hasUniqueValue: boolean;
  hidden: boolean;
  hubspotDefined: boolean;
  formField: boolean;
  modificationMetadata: { archivable: boolean; readOnlyDefinition: boolean; readOnlyValue: boolean };
  createdAt: string;
  updatedAt: string;
  archived: boolean;
}

export interface DefinitionSeed {
  name: string;
  type: PropertyType;
  fieldType?: string;
  label?: string;
  options?: PropertyOption[];
  hasUniqueValue?: boolean;
  readOnlyValue?: boolean;
  hubspotDefined?: boolean;
  groupName?: string;
  description?: string;
}

const DEFAULT_FIELD_TYPE: Record<PropertyType, string> = {
  string: 'text',
  number: 'number',
  date: 'date',
  datetime: 'date',
  enumeration: 'select',
  bool: 'booleancheckbox',
  phone_number: 'phonenumber',
};

/** Fills the many fields HubSpot always sends from the few that matter. */
export function definition(seed: DefinitionSeed, at: string, groupName: string): PropertyDefinition {
  const readOnlyValue = seed.readOnlyValue ?? false;
  return {
    name: seed.name,
    label: seed.label ?? labelOf(seed.name),
    type: seed.type,
    fieldType: seed.fieldType ?? DEFAULT_FIELD_TYPE[seed.type],
    description: seed.description ?? '',
    groupName: seed.groupName ?? groupName,
    options: seed.options ?? (seed.type === 'bool' ? BOOL_OPTIONS : []),
    displayOrder: -1,
    calculated: readOnlyValue,
    externalOptions: false,
    hasUniqueValue: seed.hasUniqueValue ?? false,
    hidden: false,
    hubspotDefined: seed.hubspotDefined ?? true,
    formField: !readOnlyValue,
    modificationMetadata: { archivable: !(seed.hubspotDefined ?? true), readOnlyDefinition: seed.hubspotDefined ?? true, readOnlyValue },
    createdAt: at,
    updatedAt: at,
    archived: false,
  };
}

const BOOL_OPTIONS: PropertyOption[] = [
  { label: 'True', value: 'true', displayOrder: 0, hidden: false },
  { label: 'False', value: 'false', displayOrder: 1, hidden: false },
];

function labelOf(name: string): string {
  const words = name.replace(/^hs_/, '').split('_').filter((word) => word.length > 0);
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
