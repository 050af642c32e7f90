import { CrmError } from '../crm/crmError';
import type { CrmPort } from '../crm/crmPort';
import type { Settings } from '../settings/settingsSchema';

/**
 * The labels HubSpot shows for the cut property's values (docs/kpis.md "Segments"), value →
 * label; pipelines carry their own. When HubSpot cannot be asked (the mirror answers while it is
 * unreachable) the rows show the values: a failed label read never fails the figures.
 */
export async function segmentOptionLabels(crm: CrmPort, settings: Pick<Settings, 'segments' | 'propertyMapping'>): Promise<Map<string, string>> {
  const { by, companyProperty } = settings.segments;
  const read = by === 'deal_property' ? { type: 'deals' as const, name: settings.propertyMapping.segment } : by === 'company_property' ? { type: 'companies' as const, name: companyProperty } : null;
  if (read === null || read.name === null) return new Map();
  try {
    return new Map((await crm.propertyOptions(read.type, read.name)).map((o) => [o.value, o.label]));
  } catch (error) {
    if (error instanceof CrmError) return new Map();
    throw error;
  }
}
