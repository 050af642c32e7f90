import { useState } from 'react';
import type { FunnelHealthOutput } from '../../src/handlers/contracts/funnelHealth';
import type { KpiClient } from '../client/kpiClient';
import type { Remote } from './useRemote';
import { useRemote } from './useRemote';

export interface FunnelHealthRemote extends Remote<FunnelHealthOutput> {
  pipelineId: string | undefined;
  selectPipeline: (pipelineId: string) => void;
}

/** The managers' funnel view (kpi-spec §5); the handler picks the default pipeline and period. */
export function useFunnelHealth(client: KpiClient): FunnelHealthRemote {
  const [pipelineId, setPipelineId] = useState<string | undefined>(undefined);
  const remote = useRemote(() => client.funnelHealth(pipelineId === undefined ? {} : { pipelineId }), pipelineId ?? 'default');
  return { ...remote, pipelineId, selectPipeline: setPipelineId };
}
