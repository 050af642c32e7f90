import { useCallback, useState } from 'react';
import type { HandlerError } from '../../src/handlers/contracts/common';
import type { ScanAlertsInput, ScanAlertsOutput } from '../../src/handlers/contracts/scanAlerts';
import type { KpiClient } from '../client/kpiClient';

export type ScanState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: ScanAlertsOutput }
  | { status: 'error'; error: HandlerError };

/** The "Scan alerts" action: turns the current threshold alerts into tasks for the managers. */
export function useAlertScan(client: KpiClient): { scan: ScanState; run: (input: ScanAlertsInput) => void } {
  const [scan, setScan] = useState<ScanState>({ status: 'idle' });
  const run = useCallback(
    (input: ScanAlertsInput) => {
      setScan({ status: 'running' });
      void client.scanAlerts(input).then((result) =>
        setScan(result.ok ? { status: 'done', result: result.data } : { status: 'error', error: result.error }),
      );
    },
    [client],
  );
  return { scan, run };
}
