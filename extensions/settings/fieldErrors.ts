import type { FieldError } from '../../src/handlers/contracts/common';

/**
 * Which errors an input or list shows: those named exactly by its field, or with `under`
 * also those inside it (a quota's owner and its subject, a threshold's stage ids), so that every
 * refusal appears next to something the admin can change.
 */
const matches = (e: FieldError, field: string, under: boolean): boolean => e.field === field || (under && e.field.startsWith(`${field}.`));

/** The validation message for one dotted field path (validateSettings / a server `invalid`), each message once. */
export function errorFor(errors: readonly FieldError[], field: string, under = false): string | undefined {
  const messages = [...new Set(errors.filter((e) => matches(e, field, under)).map((e) => e.message))];
  return messages.length === 0 ? undefined : messages.join(' ');
}

/** Props that put an input in its error state with the message under it. */
export function fieldProps(errors: readonly FieldError[], field: string, under = false): { error: boolean; validationMessage?: string } {
  const message = errorFor(errors, field, under);
  return message === undefined ? { error: false } : { error: true, validationMessage: message };
}
