import { useState } from 'react';
import type { DigestPreviewOutput } from '../../src/handlers/contracts/digests';
import type { KpiClient } from '../client/kpiClient';
import type { Remote } from './useRemote';
import { useRemote } from './useRemote';

export interface DigestPreviewRemote extends Remote<DigestPreviewOutput> {
  selectTeam: (teamId: string) => void;
}

/** The weekly digest and monthly summary as they would be sent (docs/kpis.md "Digests"). */
export function useDigestPreview(client: KpiClient): DigestPreviewRemote {
  const [teamId, setTeamId] = useState<string | undefined>(undefined);
  const remote = useRemote(() => client.digestPreview(teamId === undefined ? {} : { teamId }), teamId ?? 'own');
  return { ...remote, selectTeam: setTeamId };
}
