import { useState } from 'react';
import type { OwnerScorecardOutput } from '../../src/handlers/contracts/ownerScorecard';
import type { KpiClient } from '../client/kpiClient';
import type { Remote } from './useRemote';
import { useRemote } from './useRemote';

export interface OwnerScorecardRemote extends Remote<OwnerScorecardOutput> {
  /** The period asked for; undefined lets the handler pick the current quarter. */
  period: string | undefined;
  /** The period picker: changing it loads that period's scorecard. */
  selectPeriod: (period: string) => void;
}

/** One owner's scorecard (kpi-spec §6); `ownerId` undefined means the signed-in user's own. */
export function useOwnerScorecard(client: KpiClient, ownerId: string | undefined, initialPeriod?: string): OwnerScorecardRemote {
  const [period, setPeriod] = useState<string | undefined>(initialPeriod);
  const remote = useRemote(
    () => client.ownerScorecard({ ...(ownerId === undefined ? {} : { ownerId }), ...(period === undefined ? {} : { period }) }),
    `${ownerId ?? 'me'}|${period ?? 'current'}`,
  );
  return { ...remote, period, selectPeriod: setPeriod };
}
