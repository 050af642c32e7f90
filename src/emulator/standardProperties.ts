import type { Snapshot } from '../domain/snapshot';
import type { DefinitionSeed, PropertyOption } from './propertyDefinition';

/**
 * The HubSpot-defined properties the emulator knows per built-in object type, with the
 * type and field type HubSpot gives them, so that search compares values the way HubSpot
 * does (closedate as a datetime, amount as a number, dealstage as an enumeration).
 */
const COMMON: DefinitionSeed[] = [
  { name: 'hs_object_id', type: 'number', label: 'Record ID', readOnlyValue: true },
  { name: 'hs_createdate', type: 'datetime', label: 'Create date', readOnlyValue: true },
  { name: 'hs_lastmodifieddate', type: 'datetime', label: 'Last modified date', readOnlyValue: true },
  { name: 'hubspot_owner_id', type: 'enumeration', label: 'Owner' },
  { name: 'hubspot_team_id', type: 'enumeration', label: 'HubSpot team', readOnlyValue: true },
];

const option = (value: string, label: string, displayOrder: number): PropertyOption => ({ value, label, displayOrder, hidden: false });

function dealSeeds(snapshot: Snapshot): DefinitionSeed[] {
  const pipelineOptions = snapshot.pipelines.map((p) => option(p.id, p.label, p.displayOrder));
  const stages = snapshot.pipelines.flatMap((p) => p.stages);
  const stageOptions = stages.map((s) => option(s.id, s.label, s.displayOrder));
  const ownerOptions = snapshot.owners.map((o, i) => option(o.id, [o.firstName, o.lastName].filter(Boolean).join(' ') || (o.email ?? o.id), i));
  const entered = stages.flatMap((s): DefinitionSeed[] => [
    { name: `hs_v2_date_entered_${s.id}`, type: 'datetime', label: `Date entered "${s.label}"`, readOnlyValue: true },
    { name: `hs_v2_date_exited_${s.id}`, type: 'datetime', label: `Date exited "${s.label}"`, readOnlyValue: true },
    { name: `hs_date_entered_${s.id}`, type: 'datetime', label: `Date entered "${s.label}" (legacy)`, readOnlyValue: true },
    { name: `hs_v2_latest_time_in_${s.id}`, type: 'number', label: `Latest time in "${s.label}"`, readOnlyValue: true },
    { name: `hs_v2_cumulative_time_in_${s.id}`, type: 'number', label: `Cumulative time in "${s.label}"`, readOnlyValue: true },
  ]);
  return [
    { name: 'dealname', type: 'string', label: 'Deal name' },
    { name: 'amount', type: 'number', label: 'Amount', fieldType: 'number' },
    { name: 'amount_in_home_currency', type: 'number', label: 'Amount in company currency', readOnlyValue: true, fieldType: 'calculation_equation' },
    { name: 'deal_currency_code', type: 'enumeration', label: 'Currency' },
    { name: 'closedate', type: 'datetime', label: 'Close date' },
    { name: 'createdate', type: 'datetime', label: 'Create date' },
    { name: 'pipeline', type: 'enumeration', label: 'Pipeline', options: pipelineOptions },
    { name: 'dealstage', type: 'enumeration', label: 'Deal stage', fieldType: 'radio', options: stageOptions },
    { name: 'dealtype', type: 'enumeration', label: 'Deal type', fieldType: 'radio', options: [option('newbusiness', 'New Business', 0), option('existingbusiness', 'Existing Business', 1)] },
    { name: 'description', type: 'string', label: 'Deal description', fieldType: 'textarea' },
    { name: 'hs_priority', type: 'enumeration', label: 'Priority', options: [option('low', 'Low', 0), option('medium', 'Medium', 1), option('high', 'High', 2)] },
    { name: 'hs_is_closed', type: 'bool', label: 'Is closed', readOnlyValue: true, fieldType: 'calculation_equation' },
    { name: 'hs_is_closed_won', type: 'bool', label: 'Is closed won', readOnlyValue: true, fieldType: 'calculation_equation' },
    { name: 'hs_deal_stage_probability', type: 'number', label: 'Deal probability', readOnlyValue: true },
    { name: 'hs_forecast_amount', type: 'number', label: 'Forecast amount', readOnlyValue: true },
    { name: 'hs_projected_amount', type: 'number', label: 'Weighted amount', readOnlyValue: true },
    { name: 'hs_closed_amount', type: 'number', label: 'Closed deal amount', readOnlyValue: true },
    { name: 'days_to_close', type: 'number', label: 'Days to close', readOnlyValue: true },
    { name: 'hs_analytics_source', type: 'enumeration', label: 'Original source type', readOnlyValue: true },
    ...COMMON.filter((seed) => seed.name !== 'hubspot_owner_id'),
    { name: 'hubspot_owner_id', type: 'enumeration', label: 'Deal owner', options: ownerOptions },
    ...entered,
  ];
}

const MEETING_SEEDS: DefinitionSeed[] = [
  { name: 'hs_timestamp', type: 'datetime', label: 'Activity date' },
  { name: 'hs_meeting_title', type: 'string', label: 'Meeting name' },
  { name: 'hs_meeting_body', type: 'string', label: 'Meeting description', fieldType: 'textarea' },
  { name: 'hs_meeting_start_time', type: 'datetime', label: 'Start time' },
  { name: 'hs_meeting_end_time', type: 'datetime', label: 'End time' },
  { name: 'hs_meeting_outcome', type: 'enumeration', label: 'Meeting outcome' },
  { name: 'hs_activity_type', type: 'enumeration', label: 'Call and meeting type' },
  ...COMMON,
];

const TASK_SEEDS: DefinitionSeed[] = [
  { name: 'hs_timestamp', type: 'datetime', label: 'Due date' },
  { name: 'hs_task_subject', type: 'string', label: 'Task title' },
  { name: 'hs_task_body', type: 'string', label: 'Notes', fieldType: 'textarea' },
  { name: 'hs_task_status', type: 'enumeration', label: 'Task status', options: ['NOT_STARTED', 'IN_PROGRESS', 'WAITING', 'COMPLETED', 'DEFERRED'].map((v, i) => option(v, v, i)) },
  { name: 'hs_task_priority', type: 'enumeration', label: 'Priority', options: ['NONE', 'LOW', 'MEDIUM', 'HIGH'].map((v, i) => option(v, v, i)) },
  { name: 'hs_task_type', type: 'enumeration', label: 'Task type', options: ['CALL', 'EMAIL', 'TODO'].map((v, i) => option(v, v, i)) },
  { name: 'hs_task_completion_date', type: 'datetime', label: 'Completed at', readOnlyValue: true },
  ...COMMON,
];

const GOAL_SEEDS: DefinitionSeed[] = [
  { name: 'hs_goal_name', type: 'string', label: 'Goal name' },
  { name: 'hs_group_correlation_uuid', type: 'string', label: 'Goal group correlation ID', readOnlyValue: true },
  { name: 'hs_target_amount', type: 'number', label: 'Target amount' },
  { name: 'hs_start_datetime', type: 'datetime', label: 'Start date' },
  { name: 'hs_end_datetime', type: 'datetime', label: 'End date' },
  { name: 'hs_assignee_user_id', type: 'number', label: 'Assignee user ID' },
  { name: 'hs_assignee_team_id', type: 'number', label: 'Assignee team ID' },
  { name: 'hs_created_by_user_id', type: 'number', label: 'Created by user ID', readOnlyValue: true },
  ...COMMON,
];

/**
 * The properties of the Forecasts API (beta) guide: those its example asks for and those its
 * table of common properties lists (the owner of a user-level forecast, the amount, the
 * fiscal month or quarter, the start and end as epoch milliseconds); others are inferred from the seed.
 */
const FORECAST_SEEDS: DefinitionSeed[] = [
  { name: 'hs_created_by_user_id', type: 'number', label: 'Created by user ID', readOnlyValue: true },
  { name: 'hs_milestone', type: 'string', label: 'Milestone', readOnlyValue: true },
  { name: 'hs_team_id', type: 'number', label: 'Team ID', readOnlyValue: true },
  { name: 'hs_year', type: 'number', label: 'Year', readOnlyValue: true },
  { name: 'hs_included_deal_ids', type: 'string', label: 'Included deal IDs', readOnlyValue: true },
  { name: 'hubspot_owner_id', type: 'string', label: 'Owner ID', readOnlyValue: true },
  { name: 'hs_amount', type: 'number', label: 'Amount', readOnlyValue: true },
  { name: 'hs_deal_pipeline_id', type: 'string', label: 'Deal pipeline ID', readOnlyValue: true },
  { name: 'hs_fiscal_month', type: 'string', label: 'Fiscal month', readOnlyValue: true },
  { name: 'hs_fiscal_quarter', type: 'string', label: 'Fiscal quarter', readOnlyValue: true },
  { name: 'hs_forecast_fiscal_offset', type: 'string', label: 'Fiscal offset', readOnlyValue: true },
  { name: 'hs_forecast_start_date', type: 'string', label: 'Forecast start date', readOnlyValue: true },
  { name: 'hs_forecast_end_date', type: 'string', label: 'Forecast end date', readOnlyValue: true },
  ...COMMON,
];

const CONTACT_SEEDS: DefinitionSeed[] = [
  { name: 'email', type: 'string', label: 'Email' },
  { name: 'firstname', type: 'string', label: 'First name' },
  { name: 'lastname', type: 'string', label: 'Last name' },
  { name: 'createdate', type: 'datetime', label: 'Create date', readOnlyValue: true },
  { name: 'lastmodifieddate', type: 'datetime', label: 'Last modified date', readOnlyValue: true },
  ...COMMON,
];

/** HubSpot's default lifecycle stages (internal value, label), in their order. */
const LIFECYCLE_STAGES: [string, string][] = [
  ['subscriber', 'Subscriber'], ['lead', 'Lead'], ['marketingqualifiedlead', 'Marketing Qualified Lead'], ['salesqualifiedlead', 'Sales Qualified Lead'],
  ['opportunity', 'Opportunity'], ['customer', 'Customer'], ['evangelist', 'Evangelist'], ['other', 'Other'],
];

const COMPANY_SEEDS: DefinitionSeed[] = [
  { name: 'name', type: 'string', label: 'Company name' },
  { name: 'domain', type: 'string', label: 'Company domain name' },
  { name: 'createdate', type: 'datetime', label: 'Create date', readOnlyValue: true },
  { name: 'lifecyclestage', type: 'enumeration', label: 'Lifecycle stage', fieldType: 'radio', options: LIFECYCLE_STAGES.map(([value, label], i) => option(value, label, i)) },
  ...COMMON,
];

/** Line items (0-8): HubSpot computes `amount` from price, quantity and discount. */
const LINE_ITEM_SEEDS: DefinitionSeed[] = [
  { name: 'name', type: 'string', label: 'Name' },
  { name: 'hs_product_id', type: 'number', label: 'Product ID' },
  { name: 'quantity', type: 'number', label: 'Quantity' },
  { name: 'price', type: 'number', label: 'Unit price' },
  { name: 'amount', type: 'number', label: 'Net price', readOnlyValue: true },
  { name: 'createdate', type: 'datetime', label: 'Create date', readOnlyValue: true },
  ...COMMON,
];

/** The standard property seeds of a built-in type (by plural name). */
export function standardSeeds(typeName: string, snapshot: Snapshot): DefinitionSeed[] {
  switch (typeName) {
    case 'deals':
      return dealSeeds(snapshot);
    case 'meetings':
      return MEETING_SEEDS;
    case 'tasks':
      return TASK_SEEDS;
    case 'goal_targets':
      return GOAL_SEEDS;
    case 'forecasts':
      return FORECAST_SEEDS;
    case 'contacts':
      return CONTACT_SEEDS;
    case 'companies':
      return COMPANY_SEEDS;
    case 'line_items':
      return LINE_ITEM_SEEDS;
    default:
      return COMMON;
  }
}

/**
 * HubSpot's default returned properties when a read names none (developers.hubspot.com,
 * "CRM search": deals return dealname, amount, closedate, pipeline, dealstage, createdate,
 * hs_lastmodifieddate and hs_object_id; contacts and companies their own trio; activities
 * and custom objects their create/modify dates and id).
 */
export function defaultPropertiesOf(typeName: string): string[] {
  switch (typeName) {
    case 'deals':
      return ['amount', 'closedate', 'createdate', 'dealname', 'dealstage', 'hs_lastmodifieddate', 'hs_object_id', 'pipeline'];
    case 'contacts':
      return ['createdate', 'email', 'firstname', 'hs_object_id', 'lastmodifieddate', 'lastname'];
    case 'companies':
      return ['createdate', 'domain', 'hs_lastmodifieddate', 'hs_object_id', 'name'];
    case 'line_items':
      return ['amount', 'createdate', 'hs_lastmodifieddate', 'hs_object_id', 'hs_product_id', 'name', 'price', 'quantity'];
    default:
      return ['hs_createdate', 'hs_lastmodifieddate', 'hs_object_id'];
  }
}
