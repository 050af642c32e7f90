/**
 * The HubSpot page of a CRM record: `/contacts/{portalId}/record/{objectTypeId}/{id}`, the
 * record URL HubSpot's own UI uses for every object (companies are 0-2, deals 0-3, meetings 0-47).
 */
export const recordUrl = (portalId: number, objectTypeId: '0-2' | '0-3' | '0-47', id: string): string =>
  `https://app.hubspot.com/contacts/${portalId}/record/${objectTypeId}/${encodeURIComponent(id)}`;
