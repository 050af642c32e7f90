import { z } from 'zod';
import type { SettingsVersionMeta } from './settingsStore';

/**
 * The custom object that holds settings versions inside the portal, for installs with no
 * backend. One record per version. `version_key` = "<portal>:<version>" has a
 * unique value, so two saves of the same next version collide and HubSpot refuses the
 * second with 409: that is the compare-and-set. `portal_id` is kept on every record and
 * every read filters on it, so a token mapped to the wrong account reads nothing rather
 * than another portal's settings.
 */
export const SETTINGS_OBJECT_NAME = 'kpi_settings_version';

/** HubSpot's limit on one string property value (developers.hubspot.com, "Properties"). */
export const MAX_PROPERTY_VALUE_CHARS = 65_536;

export const RECORD_PROPERTIES = ['portal_id', 'version', 'version_key', 'settings_json', 'saved_by', 'saved_at', 'restored_from', 'write_id'] as const;
export const META_PROPERTIES = ['portal_id', 'version', 'version_key', 'saved_by', 'saved_at', 'restored_from', 'write_id'];

const text = (name: string, label: string, extra: object = {}) => ({ name, label, type: 'string' as const, fieldType: 'text', ...extra });
const number = (name: string, label: string) => ({ name, label, type: 'number' as const, fieldType: 'number' });

/** The body of POST /crm/v3/schemas creating the object (HubSpot's ObjectSchemaEgg). */
export const settingsObjectSchemaEgg = {
  name: SETTINGS_OBJECT_NAME,
  labels: { singular: 'KPI settings version', plural: 'KPI settings versions' },
  description: 'Saved versions of the Sales KPI Cards settings; written by the app, one record per version.',
  primaryDisplayProperty: 'version_key',
  requiredProperties: ['portal_id', 'version', 'version_key', 'settings_json', 'saved_by', 'saved_at'],
  searchableProperties: ['version_key'],
  secondaryDisplayProperties: ['saved_by'],
  associatedObjects: [] as string[],
  properties: [
    number('portal_id', 'Portal id'),
    number('version', 'Version'),
    text('version_key', 'Version key', { hasUniqueValue: true }),
    { ...text('settings_json', 'Settings (JSON)'), fieldType: 'textarea' },
    text('saved_by', 'Saved by'),
    text('saved_at', 'Saved at'),
    number('restored_from', 'Restored from version'),
    text('write_id', 'Write id'),
  ],
};

export const versionKey = (portalId: number, version: number): string => `${portalId}:${version}`;

const intText = z
  .string()
  .regex(/^\d+$/, 'is not a whole number')
  .transform((s) => Number(s));
const optionalIntText = z
  .union([intText, z.literal(''), z.null(), z.undefined()])
  .transform((v) => (typeof v === 'number' ? v : null));

/** A record as the search and read endpoints return it, every value a string. */
export const settingsRecordSchema = z.object({
  id: z.string(),
  properties: z.object({
    portal_id: intText,
    version: intText.pipe(z.number().int().min(1)),
    saved_by: z.string().min(1),
    saved_at: z.string().min(1),
    restored_from: optionalIntText,
    write_id: z.string().nullable().optional(),
    settings_json: z.string().nullable().optional(),
  }),
});
export type SettingsRecord = z.infer<typeof settingsRecordSchema>;

export function metaOf(record: SettingsRecord): SettingsVersionMeta {
  const p = record.properties;
  return { version: p.version, savedAt: p.saved_at, savedBy: p.saved_by, restoredFrom: p.restored_from };
}
