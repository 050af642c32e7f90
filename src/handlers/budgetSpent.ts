import { deadlineExceeded } from '../crm/crmError';
import { crmErrorToHandlerError } from './crmErrorToHandlerError';
import type { HandlerResult } from './handlerResult';

/**
 * The answer of a surface whose request budget ran out before its handler finished: the same
 * `crm_unavailable` a deadline_exceeded from the gateway gives, so the card shows one "try
 * again" state whichever call was the slow one.
 */
export const budgetSpent = <T>(): HandlerResult<T> => ({
  ok: false,
  error: crmErrorToHandlerError(deadlineExceeded('the request budget ran out')),
});
