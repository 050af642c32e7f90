import { CorruptRecordError } from './corruptRecordError';
import { META_PROPERTIES, RECORD_PROPERTIES, settingsRecordSchema, versionKey, type SettingsRecord } from './portalSettingsObject';
import type { PortalRecords } from './portalRecords';
import { firstIssue } from './storeInputs';

const PAGE = 200;

/**
 * Reading the settings versions of one portal. A known version is read by its unique
 * `version_key` (consistent at once); search serves only to find the newest version and to
 * list history, and since HubSpot's search index lags writes by a few seconds, its answer is
 * followed by probing the next keys directly.
 */
export async function versionRecord(records: PortalRecords, version: number, withSettings = true): Promise<SettingsRecord | null> {
  const found = await records.byKey(versionKey(records.portalId, version), withSettings ? RECORD_PROPERTIES : META_PROPERTIES);
  return found === null ? null : parseRecord(records, found);
}

/** Every version, newest first: search pages keyed on `version < last seen`, so the 10,000-result cap never bites. */
export async function versionsNewestFirst(records: PortalRecords): Promise<SettingsRecord[]> {
  const found: SettingsRecord[] = [];
  for (let below: number | null = null; ; ) {
    const page = await searchVersions(records, below, PAGE);
    found.push(...page);
    const last = page.at(-1);
    if (page.length < PAGE || last === undefined) break;
    below = last.properties.version;
  }
  const newer = await probeAfter(records, found[0]?.properties.version ?? 0);
  return [...newer.reverse(), ...found];
}

/** The highest version number (0 when none). */
export async function latestVersion(records: PortalRecords): Promise<number> {
  const [top] = await searchVersions(records, null, 1);
  const searched = top?.properties.version ?? 0;
  const newer = await probeAfter(records, searched);
  return newer.at(-1)?.properties.version ?? searched;
}

/** Records after `version` found by key, oldest first: what the search index has not caught up with. */
async function probeAfter(records: PortalRecords, version: number): Promise<SettingsRecord[]> {
  const found: SettingsRecord[] = [];
  for (let next = version + 1; ; next++) {
    const record = await versionRecord(records, next, false);
    if (record === null) return found;
    found.push(record);
  }
}

async function searchVersions(records: PortalRecords, below: number | null, limit: number): Promise<SettingsRecord[]> {
  const filters = below === null ? [] : [{ propertyName: 'version', operator: 'LT' as const, value: String(below) }];
  const page = await records.search(filters, [{ propertyName: 'version', direction: 'DESCENDING' }], META_PROPERTIES, limit);
  return page.map((r) => parseRecord(records, r));
}

function parseRecord(records: PortalRecords, raw: unknown): SettingsRecord {
  const parsed = settingsRecordSchema.safeParse(raw);
  if (!parsed.success) throw new CorruptRecordError(`a settings record of portal ${records.portalId}`, firstIssue(parsed.error));
  if (parsed.data.properties.portal_id !== records.portalId) {
    throw new CorruptRecordError(`settings record ${parsed.data.id}`, `it belongs to portal ${parsed.data.properties.portal_id}, not ${records.portalId}`);
  }
  return parsed.data;
}
