import type { PreviewSelection } from './previewSelection';
import { OBJECT_TYPE_IDS } from './previewSelection';

export type ExtensionLocation = 'crm.record.sidebar' | 'crm.record.tab' | 'pages' | 'settings';

/**
 * `context` as HubSpot gives it to an extension (ui-extensions' context types): the user with
 * the chosen locale, the portal, and on record locations the record. The user's id is the
 * HubSpot user id, the one the backend's dev mode accepts.
 */
export function extensionContext(location: ExtensionLocation, selection: PreviewSelection): Record<string, unknown> {
  const { person, locale, portalId, timeZone, record } = selection;
  const [firstName = person.name, ...rest] = person.name.split(' ');
  const email = person.email ?? '';
  const base = {
    location,
    user: { id: person.userId, email, emails: email === '' ? [] : [email], firstName, lastName: rest.join(' '), roles: [], teams: [], locale, language: locale, permissions: [] },
    portal: { id: portalId, timezone: timeZone },
    extension: { appId: 'preview', appName: 'Sales KPI Cards' },
  };
  if (location === 'crm.record.sidebar' || location === 'crm.record.tab') {
    return { ...base, crm: { objectId: record === null ? 0 : Number(record.id), objectTypeId: record === null ? '0-3' : OBJECT_TYPE_IDS[record.type] } };
  }
  return base;
}
