import type { Result } from '../src/domain/result';
import { err, ok } from '../src/domain/result';
import type { HandlerError } from '../src/handlers/contracts/common';

/**
 * The secret that holds the app's static auth access token. Every function lists it in
 * `secretKeys` (see src/build/functionMeta.ts), and HubSpot injects listed secrets as
 * environment variables when the function runs; `hs secret add PRIVATE_APP_ACCESS_TOKEN`
 * sets it once per account (README).
 */
export const ACCESS_TOKEN_SECRET = 'PRIVATE_APP_ACCESS_TOKEN';

export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The token for this invocation, read when the function runs and never at module load, so a
 * rotated secret takes effect on the next call and a test can hand its own. The context's
 * secrets win over the environment when a runtime passes both.
 */
export function accessTokenOf(secrets: Readonly<Record<string, string>>, env: Environment): Result<string, HandlerError> {
  const token = (secrets[ACCESS_TOKEN_SECRET] ?? env[ACCESS_TOKEN_SECRET] ?? '').trim();
  if (token !== '') return ok(token);
  return err({
    code: 'unauthorized',
    message: `the app has no access token: add the secret ${ACCESS_TOKEN_SECRET} (hs secret add ${ACCESS_TOKEN_SECRET})`,
  });
}
