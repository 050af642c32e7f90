import type { DealKpisOutput } from '../../src/handlers/contracts/dealKpis';
import type { KpiClient } from '../client/kpiClient';
import type { Remote } from './useRemote';
import { useRemote } from './useRemote';

/** The deal card's data: one call per deal (kpi-spec §5 stage aging, §7 commission preview). */
export function useDealKpis(client: KpiClient, dealId: string): Remote<DealKpisOutput> {
  return useRemote(() => client.dealKpis({ dealId }), dealId);
}
