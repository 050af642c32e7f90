import type { Company, CompanyWin } from './portal';
import type { CrmObject } from './snapshot';

const text = (value: string | null | undefined): string | null => (value === null || value === undefined || value === '' ? null : value);

/**
 * A company as the customer KPIs read it (kpi-spec §4): its name, lifecycle stage and owner,
 * the properties that were read, and `wins`, its won deals, which the caller gathers from the
 * deals' company associations (null when those deals were not read).
 */
export function toCompany(raw: CrmObject, wins: CompanyWin[] | null): Company {
  const p = raw.properties;
  return {
    id: raw.id,
    name: text(p.name),
    lifecycleStage: text(p.lifecyclestage),
    ownerId: text(p.hubspot_owner_id),
    properties: { ...p } as Record<string, string | null>,
    wins,
  };
}
