import type { AlertKey } from './alertLedger';

/**
 * The custom object that holds the alert ledger inside the portal, for installs with no
 * backend (kpi-spec §5 threshold alerts; the SQLite ledger's twin). One record per alert key.
 * `alert_key` is the whole key in one unique value, so a GET by it is a consistent read and
 * two writers of the same alert collide on create (409) instead of leaving two records.
 * `portal_id` is kept on every record and every read checks it, as for the settings object.
 */
export const ALERT_LEDGER_OBJECT_NAME = 'kpi_alert_ledger';

export const ALERT_RECORD_PROPERTIES = [
  'alert_key',
  'portal_id',
  'period',
  'pipeline_id',
  'from_stage',
  'to_stage',
  'group_type',
  'group_id',
  'task_id',
  'severity',
  'rate',
  'n',
  'last_seen_at',
  'resolved_at',
] as const;
export type AlertRecordProperty = (typeof ALERT_RECORD_PROPERTIES)[number];

const text = (name: AlertRecordProperty, label: string, extra: object = {}) => ({ name, label, type: 'string' as const, fieldType: 'text', ...extra });
const number = (name: AlertRecordProperty, label: string) => ({ name, label, type: 'number' as const, fieldType: 'number' });
const choice = (name: AlertRecordProperty, label: string, values: readonly string[]) => ({
  name,
  label,
  type: 'enumeration' as const,
  fieldType: 'select',
  options: values.map((value, displayOrder) => ({ label: value, value, displayOrder, hidden: false })),
});

/** The body of POST /crm/v3/schemas creating the object (HubSpot's ObjectSchemaEgg). */
export const alertLedgerSchemaEgg = {
  name: ALERT_LEDGER_OBJECT_NAME,
  labels: { singular: 'KPI funnel alert', plural: 'KPI funnel alerts' },
  description: 'The funnel alerts of Sales KPI Cards and the task each one raised; written by the app, one record per alert.',
  primaryDisplayProperty: 'alert_key',
  requiredProperties: ['alert_key', 'portal_id', 'period', 'pipeline_id', 'from_stage', 'to_stage', 'group_type', 'group_id', 'severity', 'n', 'last_seen_at'],
  searchableProperties: ['alert_key'],
  secondaryDisplayProperties: ['severity'],
  associatedObjects: [] as string[],
  properties: [
    text('alert_key', 'Alert key', { hasUniqueValue: true }),
    number('portal_id', 'Portal id'),
    text('period', 'Period'),
    text('pipeline_id', 'Pipeline id'),
    text('from_stage', 'From stage id'),
    text('to_stage', 'To stage id'),
    choice('group_type', 'Group type', ['team', 'owner']),
    text('group_id', 'Team or owner id'),
    text('task_id', 'Task id'),
    choice('severity', 'Severity', ['info', 'warning', 'critical']),
    number('rate', 'Conversion rate (0-1)'),
    number('n', 'Deals in the cohort'),
    number('last_seen_at', 'Last seen (epoch ms)'),
    number('resolved_at', 'Resolved (epoch ms)'),
  ],
};

/**
 * The ledger key as one string: "<portal>:<period>:<pipeline>:<from>:<to>:<team|owner>:<group>",
 * each part URI-encoded so an id holding ":" cannot make two keys spell the same text.
 */
export function alertKeyValue(key: AlertKey): string {
  return [key.portalId, key.period, key.pipelineId, key.fromStageId, key.toStageId, key.groupType, key.groupId].map((part) => encodeURIComponent(String(part))).join(':');
}
