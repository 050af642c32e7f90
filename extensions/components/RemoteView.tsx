import { LoadingSpinner } from '@hubspot/ui-extensions';
import type { ReactNode } from 'react';
import type { RemoteState } from '../hooks/remoteState';
import type { Messages } from '../i18n/en';
import { ErrorView } from './ErrorView';

/** The loading and error states every surface shares; `children` presents the data. */
export function RemoteView<T>(props: {
  state: RemoteState<T>;
  onRetry: () => void;
  t: Messages;
  children: (data: T) => ReactNode;
}) {
  const { state, onRetry, t, children } = props;
  if (state.status === 'loading') return <LoadingSpinner label={t.common.loading} showLabel layout="centered" testId="loading" />;
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={onRetry} t={t} />;
  return <>{children(state.data)}</>;
}
