import { Button, EmptyState, ErrorState, ProgressBar, Text } from '@hubspot/ui-extensions';
import type { HandlerError } from '../../src/handlers/contracts/common';
import type { Messages } from '../i18n/en';

function titleFor(error: HandlerError, t: Messages): string {
  if (error.code === 'crm_unavailable') return t.common.unreachableTitle;
  if (error.code === 'rate_limited') return t.common.busyTitle;
  if (error.code === 'not_found') return t.common.notFoundTitle;
  return t.common.errorTitle;
}

/**
 * A failed load. `forbidden` is not an error the user can retry away, so it gets the lock
 * picture and no button; `preparing` is no error but the backend's first copy of the portal
 * still being made, shown with its progress; everything else offers Retry (common.ts: the code
 * drives the state).
 */
export function ErrorView({ error, onRetry, t }: { error: HandlerError; onRetry: () => void; t: Messages }) {
  if (error.code === 'forbidden') {
    return (
      <ErrorState type="lock" title={t.common.forbiddenTitle} testId="forbidden">
        <Text>{t.common.forbiddenBody}</Text>
      </ErrorState>
    );
  }
  if (error.code === 'needs_backend') {
    return (
      <EmptyState title={t.common.needsBackendTitle} testId="needs-backend">
        <Text>{t.common.needsBackendBody}</Text>
      </EmptyState>
    );
  }
  if (error.code === 'preparing') {
    return (
      <EmptyState title={t.common.preparingTitle(`${Math.floor((error.progress ?? 0) * 100)}%`)} testId="preparing">
        <ProgressBar value={Math.floor((error.progress ?? 0) * 100)} maxValue={100} />
        <Text>{t.common.preparingBody}</Text>
        <Button testId="retry" onClick={() => onRetry()}>
          {t.common.retry}
        </Button>
      </EmptyState>
    );
  }
  return (
    <ErrorState title={titleFor(error, t)} testId="error">
      <Text>{t.common.errorHint}</Text>
      <Text variant="microcopy">{error.message}</Text>
      {error.requestId === undefined ? null : (
        <Text variant="microcopy" testId="request-id">
          {t.common.requestReference(error.requestId)}
        </Text>
      )}
      <Button testId="retry" onClick={() => onRetry()}>
        {t.common.retry}
      </Button>
    </ErrorState>
  );
}
