import type { HandlerError } from '../../src/handlers/contracts/common';

/** What a surface shows while it waits for, or after, one client call. */
export type RemoteState<T> =
  | { status: 'loading' }
  | { status: 'error'; error: HandlerError }
  | { status: 'ready'; data: T };
