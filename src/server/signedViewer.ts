import { z } from 'zod';
import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import type { Viewer } from '../handlers/contracts/common';

/**
 * The parameters HubSpot appends to the URL of every `hubspot.fetch` (fetching-data guide):
 * `portalId`, `userId`, `userEmail`, `appId`. They are covered by the v3 signature, which is
 * why the viewer is read from here and never from the body.
 */
const signedIdentitySchema = z.object({
  portalId: z.string().regex(/^\d+$/, 'must be a number').transform(Number),
  userId: z.string().regex(/^\d+$/, 'must be a number').transform(Number),
  userEmail: z.string().optional(),
  appId: z.string().optional(),
});

const IDENTITY_PARAMS = ['portalId', 'userId', 'userEmail', 'appId'] as const;

/**
 * The verified viewer of a signed request URL. A parameter given twice is refused: the card
 * chooses the path and query and HubSpot appends its own, so a card (or anyone able to shape
 * the URL) that adds `portalId=…` itself must not get to pick which of the two counts.
 */
export function viewerFromSignedUrl(url: string): Result<Viewer, string> {
  let params: URLSearchParams;
  try {
    params = new URL(url).searchParams;
  } catch {
    return err('the request URL cannot be read');
  }
  const repeated = IDENTITY_PARAMS.filter((name) => params.getAll(name).length > 1);
  if (repeated.length > 0) return err(`the signed URL repeats ${repeated.join(', ')}`);
  const parsed = signedIdentitySchema.safeParse(identityParams(params));
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ');
    return err(`the signed URL does not name the portal and user (${fields})`);
  }
  const { portalId, userId, userEmail } = parsed.data;
  return ok({ portalId, userId, email: userEmail === undefined || userEmail === '' ? null : userEmail, locale: 'en-US' });
}

function identityParams(params: URLSearchParams): Record<string, string> {
  const found: Record<string, string> = {};
  for (const name of IDENTITY_PARAMS) {
    const value = params.get(name);
    if (value !== null) found[name] = value;
  }
  return found;
}
