import type { KpiId } from '../../src/kpi/catalog';
import { KPI_CATALOG, kpiDefinition } from '../../src/kpi/catalog';
import type { KpiDefinition } from '../../src/kpi/catalog';
import type { Language } from './language';

/** The catalogue entry for an id coming over the wire, or null for an id this build does not know. */
export function knownKpi(id: string): KpiDefinition | null {
  if (id in KPI_CATALOG || /^manual:[a-z0-9_]+$/.test(id)) return kpiDefinition(id as KpiId);
  return null;
}

/** The KPI's name as the user's team knows it (kpi-spec §4); an unknown id shows as itself. */
export function kpiName(id: string, language: Language): string {
  const definition = knownKpi(id);
  return definition === null ? id : definition[language];
}
