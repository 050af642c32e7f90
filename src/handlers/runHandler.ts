import type { z } from 'zod';
import { crmErrorToHandlerError } from './crmErrorToHandlerError';
import type { HandlerResult } from './handlerResult';
import { handlerErr, zodFields } from './handlerResult';

/**
 * The frame of every handler (zod on both sides, never throw to the runtime): the
 * input is parsed with the contract's schema (failures → `invalid` with the fields), the
 * body runs, anything it throws becomes a HandlerError, and the output is checked against
 * its contract so a card never receives a shape it does not expect.
 */
export async function runHandler<In extends z.ZodType, Out extends z.ZodType>(
  schemas: { input: In; output: Out },
  input: unknown,
  body: (input: z.output<In>) => Promise<HandlerResult<z.input<Out>>>,
): Promise<HandlerResult<z.output<Out>>> {
  const parsed = schemas.input.safeParse(input ?? {});
  if (!parsed.success) return handlerErr('invalid', 'the request is not valid', zodFields(parsed.error));
  let result: HandlerResult<z.input<Out>>;
  try {
    result = await body(parsed.data);
  } catch (error) {
    return { ok: false, error: crmErrorToHandlerError(error), cause: error };
  }
  if (!result.ok) return result;
  const checked = schemas.output.safeParse(result.data);
  if (!checked.success) return { ...handlerErr('internal', 'the answer did not match its contract', zodFields(checked.error)), cause: checked.error };
  return { ok: true, data: checked.data };
}
