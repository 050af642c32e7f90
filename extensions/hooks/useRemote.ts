import { useCallback, useEffect, useRef, useState } from 'react';
import type { ClientResult } from '../client/kpiClient';
import type { RemoteState } from './remoteState';

export interface Remote<T> {
  state: RemoteState<T>;
  /** Loads again (the Retry button); the state goes back to loading first. */
  reload: () => void;
}

/**
 * Runs `load` when `key` changes or on reload. Only the latest call may set the state, so a
 * slow answer for an old period never overwrites the one the user picked since.
 */
export function useRemote<T>(load: () => Promise<ClientResult<T>>, key: string): Remote<T> {
  const [state, setState] = useState<RemoteState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const call = ++latest.current;
    setState({ status: 'loading' });
    void loadRef.current().then(
      (result) => {
        if (call !== latest.current) return;
        setState(result.ok ? { status: 'ready', data: result.data } : { status: 'error', error: result.error });
      },
      (cause: unknown) => {
        if (call !== latest.current) return;
        setState({ status: 'error', error: { code: 'internal', message: cause instanceof Error ? cause.message : String(cause) } });
      },
    );
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
