/**
 * HubSpot's built-in CRM object types as the v3 API names them: each is reachable by its
 * plural name and by its object type id (`0-3` is deals), so both URL forms must answer.
 */
export interface BuiltInObjectType {
  name: string;
  objectTypeId: string;
  /** Singular label used in HubSpot's messages ("Could not get some DEAL objects"). */
  upperSingular: string;
  /** Whether HubSpot's API offers no writes for the type. */
  readOnly?: boolean;
}

export const BUILT_IN_OBJECT_TYPES: readonly BuiltInObjectType[] = [
  { name: 'contacts', objectTypeId: '0-1', upperSingular: 'CONTACT' },
  { name: 'companies', objectTypeId: '0-2', upperSingular: 'COMPANY' },
  { name: 'deals', objectTypeId: '0-3', upperSingular: 'DEAL' },
  { name: 'tickets', objectTypeId: '0-5', upperSingular: 'TICKET' },
  { name: 'products', objectTypeId: '0-7', upperSingular: 'PRODUCT' },
  { name: 'line_items', objectTypeId: '0-8', upperSingular: 'LINE_ITEM' },
  { name: 'notes', objectTypeId: '0-46', upperSingular: 'NOTE' },
  { name: 'meetings', objectTypeId: '0-47', upperSingular: 'MEETING' },
  { name: 'calls', objectTypeId: '0-48', upperSingular: 'CALL' },
  { name: 'emails', objectTypeId: '0-49', upperSingular: 'EMAIL' },
  { name: 'tasks', objectTypeId: '0-27', upperSingular: 'TASK' },
  { name: 'goal_targets', objectTypeId: '0-74', upperSingular: 'GOAL_TARGET' },
  // The Forecasts API (beta) guide documents the path and the read-only access, not a
  // numeric type id, so the type answers to its name alone.
  { name: 'forecasts', objectTypeId: 'forecasts', upperSingular: 'FORECAST', readOnly: true },
];

/** The built-in type named by a URL segment (plural name or `0-n` id), if any. */
export function builtInObjectType(segment: string): BuiltInObjectType | undefined {
  const key = segment.toLowerCase();
  return BUILT_IN_OBJECT_TYPES.find((type) => type.name === key || type.objectTypeId === key);
}
