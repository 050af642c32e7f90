/**
 * One CRM record as the emulator keeps it: property values are strings as HubSpot stores
 * them; an absent key or an empty string both mean "no value".
 */
export interface StoredObject {
  id: string;
  properties: Record<string, string>;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  /** When the record was archived (DELETE), as HubSpot reports it in `archived=true` reads. */
  archivedAt?: string;
  associations?: Record<string, { results: { id: string; type: string }[] }>;
}

export const hasValue = (value: string | undefined): value is string => value !== undefined && value !== '';
