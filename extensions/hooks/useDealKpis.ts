import type { DealKpisOutput } from '../../src/handlers/contracts/dealKpis';
import type { CallOptions, KpiClient } from '../client/kpiClient';
import type { Remote } from './useRemote';
import { useRemote } from './useRemote';

/**
 * The deal card's data: one call per deal (kpi-spec §5 stage aging, §7 commission preview),
 * asking HubSpot to send the deal's own properties with it (CallOptions.propertiesToSend).
 */
export function useDealKpis(client: KpiClient, dealId: string, options: CallOptions = {}): Remote<DealKpisOutput> {
  return useRemote(() => client.dealKpis({ dealId }, options), dealId);
}
