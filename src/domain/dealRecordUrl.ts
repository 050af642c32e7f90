/**
 * Where HubSpot shows one deal: its record page (object type 0-3). Not an API contract; the
 * one place to change if HubSpot moves it.
 */
export function dealRecordUrl(portalId: number, dealId: string): string {
  return `https://app.hubspot.com/contacts/${portalId}/record/0-3/${encodeURIComponent(dealId)}`;
}
