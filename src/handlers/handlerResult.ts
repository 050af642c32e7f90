import type { z } from 'zod';
import type { ErrorCode, FieldError, HandlerError } from './contracts/common';

/**
 * What every handler answers: the output DTO, or a HandlerError the runtime turns
 * into an HTTP status or an app-function error. Expected failures are values, never throws.
 * `cause` keeps what was thrown behind an `internal` error for the runtime's log (with its
 * stack); it never leaves the process, since only `error` is sent.
 */
export type HandlerResult<T> = { ok: true; data: T } | { ok: false; error: HandlerError; cause?: unknown };

export const handlerOk = <T>(data: T): HandlerResult<T> => ({ ok: true, data });

export function handlerErr(code: ErrorCode, message: string, fields?: FieldError[]): { ok: false; error: HandlerError } {
  return { ok: false, error: fields === undefined ? { code, message } : { code, message, fields } };
}

/** A zod failure as field errors named by their dotted path ('' for the input itself). */
export function zodFields(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({ field: issue.path.map(String).join('.'), message: issue.message }));
}
