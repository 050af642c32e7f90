import { useCallback, useState } from 'react';
import type { HandlerError } from '../../src/handlers/contracts/common';
import type { EnterForecastInput, EnterForecastOutput, FrozenForecastsOutput } from '../../src/handlers/contracts/forecasts';
import type { KpiClient } from '../client/kpiClient';
import type { Remote } from './useRemote';
import { useRemote } from './useRemote';

export type EntryState = { status: 'idle' } | { status: 'saving' } | { status: 'done'; answer: EnterForecastOutput } | { status: 'error'; error: HandlerError };

/** The forecasts frozen at period start, and an admin's entry of one the schedule did not take (the list reloads after it). */
export function useFrozenForecasts(client: KpiClient): { list: Remote<FrozenForecastsOutput>; entry: EntryState; enter: (input: EnterForecastInput) => void } {
  const list = useRemote(() => client.frozenForecasts(), 'frozen-forecasts');
  const [entry, setEntry] = useState<EntryState>({ status: 'idle' });
  const { reload } = list;
  const enter = useCallback(
    (input: EnterForecastInput) => {
      setEntry({ status: 'saving' });
      void client.enterForecast(input).then((r) => {
        setEntry(r.ok ? { status: 'done', answer: r.data } : { status: 'error', error: r.error });
        if (r.ok) reload();
      });
    },
    [client, reload],
  );
  return { list, entry, enter };
}
