/**
 * The scopes the app asks for: only those the code calls (static auth). Each entry
 * names the calls that need it, so a scope without a caller is easy to spot and drop.
 */
export const APP_SCOPES: ReadonlyArray<{ scope: string; why: string }> = [
  { scope: 'crm.objects.deals.read', why: 'deal search and read, deal pipelines (src/crm)' },
  { scope: 'crm.schemas.deals.read', why: 'deal property definitions for the property mapping (settings page)' },
  { scope: 'crm.objects.owners.read', why: 'owners and their teams (who sees what, quotas, alert assignees)' },
  { scope: 'crm.objects.goals.read', why: 'goal_targets as quotas (kpi-spec §3)' },
  { scope: 'crm.objects.forecasts.read', why: 'forecasts submitted in HubSpot, frozen for forecast accuracy (Forecasts API, beta)' },
  { scope: 'crm.objects.contacts.read', why: 'meetings and tasks search (engagements), the scorecard tab on contacts' },
  { scope: 'crm.objects.contacts.write', why: 'creating and updating the alert tasks (engagements)' },
  { scope: 'crm.objects.companies.read', why: 'the scorecard tab on companies reads the record owner' },
  { scope: 'crm.schemas.custom.read', why: 'finding the in-portal settings object' },
  { scope: 'crm.schemas.custom.write', why: 'creating the settings object on the first save' },
  { scope: 'crm.objects.custom.read', why: 'reading settings versions' },
  { scope: 'crm.objects.custom.write', why: 'writing settings versions' },
  { scope: 'settings.users.read', why: 'super admins (GET /settings/v3/users/{userId})' },
];
