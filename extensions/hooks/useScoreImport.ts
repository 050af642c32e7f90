import { useCallback, useState } from 'react';
import type { HandlerError } from '../../src/handlers/contracts/common';
import type { ImportManualScoresOutput } from '../../src/handlers/contracts/manualScores';
import type { KpiClient } from '../client/kpiClient';

export type ImportState = { status: 'idle' } | { status: 'running' } | { status: 'done'; report: ImportManualScoresOutput } | { status: 'error'; error: HandlerError };

/** An admin's CSV import of manual scores (kpi-spec §2), answered with a report per row. */
export function useScoreImport(client: KpiClient): { state: ImportState; run: (csv: string) => void } {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const run = useCallback(
    (csv: string) => {
      setState({ status: 'running' });
      void client.importManualScores({ csv }).then((r) => setState(r.ok ? { status: 'done', report: r.data } : { status: 'error', error: r.error }));
    },
    [client],
  );
  return { state, run };
}
