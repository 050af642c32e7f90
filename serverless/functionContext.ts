import { z } from 'zod';
import type { Result } from '../src/domain/result';
import { err, ok } from '../src/domain/result';
import type { HandlerError, Viewer } from '../src/handlers/contracts/common';

const numericId = z.union([z.number().int().positive(), z.string().regex(/^\d+$/, 'must be a number').transform(Number)]);

/**
 * The part of the app-function `context` we rely on (2026.03 app functions, called with
 * `hubspot.serverless(name, { parameters })`): the account the card runs in, the signed-in
 * user, and the card's `parameters`. HubSpot fills `accountId` and `user` itself, so they are
 * the verified viewer; nothing in `parameters` can name another portal or user (issue 4).
 * Unknown keys (propertiesToSend, event, limits…) pass through untouched.
 */
export const functionContextSchema = z.looseObject({
  accountId: numericId,
  user: z.looseObject({
    id: numericId,
    email: z.string().nullish(),
    locale: z.string().nullish(),
  }),
  parameters: z.record(z.string(), z.unknown()).nullish(),
  /** Older runtimes hand secrets on the context as well as in the environment. */
  secrets: z.record(z.string(), z.string()).nullish(),
});
export type FunctionContext = z.infer<typeof functionContextSchema>;

export interface FunctionCall {
  viewer: Viewer;
  /** The handler input: the card's parameters, `{}` when it sent none. */
  input: Record<string, unknown>;
  secrets: Record<string, string>;
}

/** Reads the viewer and the input from the context; a context without account or user is refused, never guessed. */
export function readFunctionContext(context: unknown): Result<FunctionCall, HandlerError> {
  const parsed = functionContextSchema.safeParse(context);
  if (!parsed.success) {
    const where = parsed.error.issues.map((issue) => issue.path.join('.') || '(context)').join(', ');
    return err({ code: 'unauthorized', message: `the app function context does not name the account and user (${where})` });
  }
  const { accountId, user, parameters, secrets } = parsed.data;
  return ok({
    viewer: { portalId: accountId, userId: user.id, email: user.email ?? null, locale: user.locale ?? 'en-US' },
    input: parameters ?? {},
    secrets: secrets ?? {},
  });
}
