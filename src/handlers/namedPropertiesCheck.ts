import type { CrmPort } from '../crm/crmPort';
import type { DefinedType } from '../crm/crmTransport';
import type { FieldError } from '../settings/fieldError';
import { fieldError } from '../settings/fieldError';
import type { Settings } from '../settings/settingsSchema';

/** The company and line-item properties the settings name, with the field each is named in. */
function namedProperties(settings: Settings): { path: string[]; objectType: DefinedType; property: string }[] {
  const named: { path: string[]; objectType: DefinedType; property: string }[] = [];
  if (settings.keyAccounts !== null) named.push({ path: ['keyAccounts', 'property'], objectType: 'companies', property: settings.keyAccounts.property });
  if (settings.segments.companyProperty !== null) named.push({ path: ['segments', 'companyProperty'], objectType: 'companies', property: settings.segments.companyProperty });
  if (settings.strategicProducts?.property) named.push({ path: ['strategicProducts', 'property'], objectType: 'line_items', property: settings.strategicProducts.property });
  return named;
}

/**
 * The company and line-item properties the settings name, checked against the portal's own
 * definitions: these are typed by name, and one HubSpot does not have would be mirrored as
 * empty on every record, so the KPIs reading it (key_account_share, product_mix_share, the
 * company-property segments, docs/kpis.md) could only ever say it was not read. A source that
 * cannot tell (a snapshot) checks nothing.
 */
export async function namedPropertiesCheck(settings: Settings, crm: CrmPort): Promise<FieldError[]> {
  const named = namedProperties(settings);
  const found = await Promise.all(named.map((n) => crm.propertyExists(n.objectType, n.property)));
  return named.flatMap((n, i) =>
    found[i] === false
      ? [fieldError(n.path, `HubSpot has no ${n.objectType === 'line_items' ? 'line-item' : 'company'} property "${n.property}" in this portal`, 'property_not_in_portal', { property: n.property, objectType: n.objectType })]
      : [],
  );
}
