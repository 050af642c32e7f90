import { useCallback, useState } from 'react';
import type { HandlerError } from '../../src/handlers/contracts/common';
import type { ManualScoreSheetOutput, RecordManualScoreInput, RecordManualScoreOutput } from '../../src/handlers/contracts/manualScores';
import type { KpiClient } from '../client/kpiClient';
import type { Remote } from './useRemote';
import { useRemote } from './useRemote';

export type SaveState = { status: 'idle' } | { status: 'saving'; line: string } | { status: 'saved'; line: string; result: RecordManualScoreOutput } | { status: 'error'; line: string; error: HandlerError };

export interface ManualScoreSheetRemote extends Remote<ManualScoreSheetOutput> {
  select: (choice: { ownerId?: string; period?: string }) => void;
  save: SaveState;
  /** Enters a score; on success the sheet loads again, so the history shows the new entry. */
  enter: (line: string, input: RecordManualScoreInput) => void;
}

/** The score entry screen's data (kpi-spec §2, §6): one owner's sheet for a period, and saving an entry. */
export function useManualScoreSheet(client: KpiClient): ManualScoreSheetRemote {
  const [choice, setChoice] = useState<{ ownerId?: string; period?: string }>({});
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const remote = useRemote(() => client.manualScoreSheet(choice), `${choice.ownerId ?? 'me'}|${choice.period ?? 'current'}`);
  const { reload } = remote;
  const enter = useCallback(
    (line: string, input: RecordManualScoreInput) => {
      setSave({ status: 'saving', line });
      void client.recordManualScore(input).then((result) => {
        if (!result.ok) return setSave({ status: 'error', line, error: result.error });
        setSave({ status: 'saved', line, result: result.data });
        reload();
      });
    },
    [client, reload],
  );
  return { ...remote, save, enter, select: (next) => (setSave({ status: 'idle' }), setChoice((c) => ({ ...c, ...next }))) };
}
