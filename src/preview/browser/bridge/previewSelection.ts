/** What the viewer picked in the preview's top bar: the HubSpot page the extensions believe they are on. */
export type RecordType = 'deals' | 'companies' | 'contacts';

export const OBJECT_TYPE_IDS: Record<RecordType, string> = { contacts: '0-1', companies: '0-2', deals: '0-3' };

export interface PreviewPerson {
  userId: number;
  ownerId: string | null;
  name: string;
  email: string | null;
  role: 'rep' | 'manager' | 'director' | 'admin';
  teamName: string | null;
}

export interface PreviewSelection {
  portalId: number;
  timeZone: string;
  person: PreviewPerson;
  locale: string;
  record: { type: RecordType; id: string } | null;
}

let current: PreviewSelection | null = null;

/**
 * The host's globals (hubspot.serverless, the CRM property hook…) are process-wide, as they
 * are in HubSpot's worker; they read the selection from here. The app sets it before it
 * mounts the extensions and remounts them whenever it changes.
 */
export function setPreviewSelection(selection: PreviewSelection): void {
  current = selection;
}

export function previewSelection(): PreviewSelection {
  if (current === null) throw new Error('the preview has not chosen a user yet');
  return current;
}
