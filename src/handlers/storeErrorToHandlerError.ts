import type { RestoreError } from '../store/storeErrors';
import type { HandlerError } from './contracts/common';

/** A refused settings write as the settings page shows it (store/storeErrors.ts says which is which). */
export function storeErrorToHandlerError(error: RestoreError, field: string): HandlerError {
  switch (error.kind) {
    case 'conflict':
      return { code: 'conflict', message: error.message };
    case 'not_found':
      return { code: 'not_found', message: error.message };
    case 'invalid':
    case 'too_large':
      return { code: 'invalid', message: error.message, fields: [{ field, message: error.message }] };
  }
}
