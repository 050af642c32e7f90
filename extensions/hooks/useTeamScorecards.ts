import { useState } from 'react';
import type { TeamScorecardsOutput } from '../../src/handlers/contracts/teamScorecards';
import type { KpiClient } from '../client/kpiClient';
import type { Remote } from './useRemote';
import { useRemote } from './useRemote';

export interface TeamScorecardsRemote extends Remote<TeamScorecardsOutput> {
  select: (choice: { teamId?: string; period?: string }) => void;
}

/** The team table (kpi-spec §6); the handler picks the viewer's first team and the current quarter. */
export function useTeamScorecards(client: KpiClient): TeamScorecardsRemote {
  const [choice, setChoice] = useState<{ teamId?: string; period?: string }>({});
  const remote = useRemote(() => client.teamScorecards(choice), `${choice.teamId ?? 'first'}|${choice.period ?? 'current'}`);
  return { ...remote, select: (next) => setChoice((c) => ({ ...c, ...next })) };
}
