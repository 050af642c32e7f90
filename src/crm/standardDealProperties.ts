import type { DealPropertyDefinition } from './crmPort';

/**
 * HubSpot's standard deal properties the settings page can offer for the property mapping
 * when the portal's own definitions are not at hand (snapshot port). Only number properties
 * can hold the mapped amounts of kpi-spec §2, but the page lists them all with their type.
 */
export const STANDARD_DEAL_PROPERTIES: DealPropertyDefinition[] = [
  { name: 'dealname', label: 'Deal Name', type: 'string' },
  { name: 'amount', label: 'Amount', type: 'number' },
  { name: 'amount_in_home_currency', label: 'Amount in company currency', type: 'number' },
  { name: 'closedate', label: 'Close Date', type: 'datetime' },
  { name: 'createdate', label: 'Create Date', type: 'datetime' },
  { name: 'dealstage', label: 'Deal Stage', type: 'enumeration' },
  { name: 'pipeline', label: 'Pipeline', type: 'enumeration' },
  { name: 'dealtype', label: 'Deal Type', type: 'enumeration' },
  { name: 'hubspot_owner_id', label: 'Deal owner', type: 'enumeration' },
  { name: 'hs_forecast_amount', label: 'Forecast amount', type: 'number' },
  { name: 'hs_projected_amount', label: 'Weighted amount', type: 'number' },
];
