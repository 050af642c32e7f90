import type { KpiDetailsInput, KpiDetailsOutput } from '../../src/handlers/contracts/kpiDetails';
import type { KpiClient } from '../client/kpiClient';
import type { Remote } from './useRemote';
import { useRemote } from './useRemote';

/** One KPI opened up: its formula and the records behind it (kpi-spec §4). */
export function useKpiDetails(client: KpiClient, input: KpiDetailsInput): Remote<KpiDetailsOutput> {
  return useRemote(() => client.kpiDetails(input), `${input.ownerId ?? 'me'}|${input.period ?? 'current'}|${input.kpi}`);
}
