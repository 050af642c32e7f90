import type { FieldError } from '../../src/handlers/contracts/common';

/** The validation message for one dotted field path (validateSettings / a server `invalid`). */
export function errorFor(errors: readonly FieldError[], field: string): string | undefined {
  const messages = errors.filter((e) => e.field === field).map((e) => e.message);
  return messages.length === 0 ? undefined : messages.join('; ');
}

/** Props that put an input in its error state with the message under it. */
export function fieldProps(errors: readonly FieldError[], field: string): { error: boolean; validationMessage?: string } {
  const message = errorFor(errors, field);
  return message === undefined ? { error: false } : { error: true, validationMessage: message };
}
