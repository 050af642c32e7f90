import { useState } from 'react';
import type { SegmentsInput, SegmentsOutput } from '../../src/handlers/contracts/segments';
import type { KpiClient } from '../client/kpiClient';
import type { Remote } from './useRemote';
import { useRemote } from './useRemote';

export type SegmentsChoice = Pick<SegmentsInput, 'teamId' | 'period' | 'open'>;

export interface SegmentsRemote extends Remote<SegmentsOutput> {
  choice: SegmentsChoice;
  select: (next: SegmentsChoice) => void;
}

/** The segments table (docs/kpis.md "Segments"); opening a segment asks again with `open`, for its formula and deals. */
export function useSegments(client: KpiClient): SegmentsRemote {
  const [choice, setChoice] = useState<SegmentsChoice>({});
  const remote = useRemote(() => client.segments(choice), JSON.stringify(choice));
  return { ...remote, choice, select: (next) => setChoice((c) => ({ ...c, ...next })) };
}
