import type { z } from 'zod';

/** A zod failure worded like HubSpot's "Invalid input JSON" 400 messages. */
export function zodMessage(error: z.ZodError): string {
  const first = error.issues[0];
  if (first === undefined) return 'Invalid input JSON.';
  const at = first.path.length > 0 ? ` at ${first.path.join('.')}` : '';
  return `Invalid input JSON${at}: ${first.message}`;
}
