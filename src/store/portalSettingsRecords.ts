import type { Client } from '@hubspot/api-client';
import { CorruptRecordError } from './corruptRecordError';
import { httpStatusOf } from './hubspotClient';
import { META_PROPERTIES, RECORD_PROPERTIES, settingsRecordSchema, versionKey, type SettingsRecord } from './portalSettingsObject';
import { firstIssue } from './storeInputs';

const PAGE = 200;

/** The SDK types sorts as strings and operators as enums; HubSpot reads the JSON as written here. */
type SearchRequest = Parameters<Client['crm']['objects']['searchApi']['doSearch']>[1];

/**
 * Reading and writing the settings records of one portal through the SDK. Reads of a known
 * version go through GET by the unique `version_key` (consistent at once); search is used
 * only to find the newest version and to list history, and since HubSpot's search index
 * lags writes by a few seconds, its answer is followed by probing the next keys directly.
 */
export class PortalSettingsRecords {
  constructor(
    private readonly client: Client,
    private readonly objectType: string,
    private readonly portalId: number,
  ) {}

  async byVersion(version: number, withSettings = true): Promise<SettingsRecord | null> {
    try {
      const properties = withSettings ? [...RECORD_PROPERTIES] : META_PROPERTIES;
      const found = await this.client.crm.objects.basicApi.getById(this.objectType, versionKey(this.portalId, version), properties, undefined, undefined, false, 'version_key');
      return this.parse(found);
    } catch (e) {
      if (httpStatusOf(e) === 404) return null;
      throw e;
    }
  }

  /** Every version, newest first: search pages keyed on `version < last seen`, so the 10,000-result cap never bites. */
  async newestFirst(): Promise<SettingsRecord[]> {
    const records: SettingsRecord[] = [];
    for (let below: number | null = null; ; ) {
      const page = await this.search(below, PAGE);
      records.push(...page);
      const last = page.at(-1);
      if (page.length < PAGE || last === undefined) break;
      below = last.properties.version;
    }
    const newer = await this.probeAfter(records[0]?.properties.version ?? 0);
    return [...newer.reverse(), ...records];
  }

  /** The highest version number (0 when none). */
  async latestVersion(): Promise<number> {
    const [top] = await this.search(null, 1);
    const searched = top?.properties.version ?? 0;
    const newer = await this.probeAfter(searched);
    return newer.at(-1)?.properties.version ?? searched;
  }

  /** Creates one record; 'taken' when its version_key already exists (HubSpot's 409 on a unique value). */
  async create(properties: Record<string, string>): Promise<'created' | 'taken'> {
    try {
      await this.client.crm.objects.basicApi.create(this.objectType, { properties, associations: [] });
      return 'created';
    } catch (e) {
      if (httpStatusOf(e) === 409) return 'taken';
      throw e;
    }
  }

  /** Records after `version` found by key, oldest first: what the search index has not caught up with. */
  private async probeAfter(version: number): Promise<SettingsRecord[]> {
    const found: SettingsRecord[] = [];
    for (let next = version + 1; ; next++) {
      const record = await this.byVersion(next, false);
      if (record === null) return found;
      found.push(record);
    }
  }

  private async search(below: number | null, limit: number): Promise<SettingsRecord[]> {
    const filters = [{ propertyName: 'portal_id', operator: 'EQ', value: String(this.portalId) }];
    if (below !== null) filters.push({ propertyName: 'version', operator: 'LT', value: String(below) });
    const request = {
      filterGroups: [{ filters }],
      sorts: [{ propertyName: 'version', direction: 'DESCENDING' }],
      properties: META_PROPERTIES,
      limit,
    };
    const response = await this.client.crm.objects.searchApi.doSearch(this.objectType, request as unknown as SearchRequest);
    return response.results.map((r) => this.parse(r));
  }

  private parse(raw: unknown): SettingsRecord {
    const parsed = settingsRecordSchema.safeParse(raw);
    if (!parsed.success) throw new CorruptRecordError(`a settings record of portal ${this.portalId}`, firstIssue(parsed.error));
    if (parsed.data.properties.portal_id !== this.portalId) {
      throw new CorruptRecordError(`settings record ${parsed.data.id}`, `it belongs to portal ${parsed.data.properties.portal_id}, not ${this.portalId}`);
    }
    return parsed.data;
  }
}
