import { z } from 'zod';
import type { Result } from '../src/domain/result';
import { err, ok } from '../src/domain/result';
import type { HandlerError } from '../src/handlers/contracts/common';

const numericId = z.union([z.number().int().positive(), z.string().regex(/^\d+$/, 'must be a number').transform(Number)]);

const userSchema = z.looseObject({
  id: numericId,
  email: z.string().nullish(),
  locale: z.string().nullish(),
});

/**
 * The parameter under which the card passes its own `context.user` (extensions/client
 * createServerlessClient): HubSpot's 2026.03 function context names no user, so this is the
 * only way a function learns who is looking, and it is a claim, not a proof.
 */
export const CLAIMED_USER_PARAMETER = 'claimedUser';

/**
 * The app-function `context` as HubSpot's 2026.03 runtime builds it (design.md "HubSpot
 * facts"): `parameters` and `propertiesToSend` from `hubspot.serverless(name, {…})`, `event`,
 * and `secrets` (the listed secret keys, also in process.env). It names neither the account
 * nor the user: the portal comes from the token (serverless/appFunction.ts), the user from
 * `user` where a runtime does supply one, else from the card's claim. Unknown keys pass.
 */
export const functionContextSchema = z.looseObject({
  parameters: z.record(z.string(), z.unknown()).nullish(),
  /** The record's properties the card asked for, by name; HubSpot reads them for the card's own record. */
  propertiesToSend: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]).transform((v) => (v === null ? null : String(v)))).nullish(),
  event: z.unknown().optional(),
  secrets: z.record(z.string(), z.string()).nullish(),
  /** Not in the 2026.03 context; where a runtime supplies them they are HubSpot's word, not the card's. */
  accountId: numericId.optional(),
  user: userSchema.optional(),
});
export type FunctionContext = z.infer<typeof functionContextSchema>;

/** Who the call is for: HubSpot's word (`verified`) or the card's (`claimed`). */
export interface CallUser {
  userId: number;
  email: string | null;
  locale: string;
  identity: 'verified' | 'claimed';
}

export interface FunctionCall {
  user: CallUser;
  /** The account the runtime named, if it named one; the token's account must be the same. */
  accountId: number | null;
  /** The handler input: the card's parameters without the claimed user, `{}` when it sent none. */
  input: Record<string, unknown>;
  propertiesToSend: Record<string, string | null>;
  secrets: Record<string, string>;
}

const describe = (error: z.ZodError): string => error.issues.map((issue) => issue.path.join('.') || '(context)').join(', ');

/** The user of the call: the runtime's when it names one, else the card's claim; neither is refused. */
function userOf(context: FunctionContext, claimed: unknown): Result<CallUser, HandlerError> {
  const asUser = (user: z.infer<typeof userSchema>, identity: CallUser['identity']): CallUser => ({ userId: user.id, email: user.email ?? null, locale: user.locale ?? 'en-US', identity });
  if (context.user !== undefined) return ok(asUser(context.user, 'verified'));
  const read = userSchema.safeParse(claimed);
  if (read.success) return ok(asUser(read.data, 'claimed'));
  return err({ code: 'unauthorized', message: 'the app function was not told who is signed in: the card passes its context.user as parameters.claimedUser' });
}

/** Reads the call out of the context; a context that names no user at all is refused, never guessed. */
export function readFunctionContext(context: unknown): Result<FunctionCall, HandlerError> {
  const parsed = functionContextSchema.safeParse(context);
  if (!parsed.success) return err({ code: 'unauthorized', message: `the app function context cannot be read (${describe(parsed.error)})` });
  const { [CLAIMED_USER_PARAMETER]: claimed, ...input } = parsed.data.parameters ?? {};
  const user = userOf(parsed.data, claimed);
  if (!user.ok) return user;
  return ok({
    user: user.value,
    accountId: parsed.data.accountId ?? null,
    input,
    propertiesToSend: parsed.data.propertiesToSend ?? {},
    secrets: parsed.data.secrets ?? {},
  });
}
