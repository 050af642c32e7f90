import type { Result } from '../domain/result';
import { err } from '../domain/result';
import { namedPropertiesCheck } from './namedPropertiesCheck';
import type { FieldError } from '../settings/fieldError';
import type { Settings } from '../settings/settingsSchema';
import { validateSettings } from '../settings/validateSettings';
import type { CrmPort } from '../crm/crmPort';
import type { RequestContext } from './requestContext';

/** validateSettings against what the portal has now: its pipelines and stages, owners and teams, and the company and line-item properties it names. */
export async function validateForPortal(settings: unknown, crm: CrmPort, context: RequestContext): Promise<Result<Settings, FieldError[]>> {
  const pipelines = await crm.pipelines();
  const valid = validateSettings(settings, {
    pipelines,
    ownerIds: context.roster.owners.map((o) => o.id),
    teamIds: context.roster.teams.map((t) => t.id),
  });
  if (!valid.ok) return valid;
  const missing = await namedPropertiesCheck(valid.value, crm);
  return missing.length === 0 ? valid : err(missing);
}

/** The common conflict answer when the edit was based on a version that is no longer current. */
export const staleVersionMessage = (expected: number, current: number): string =>
  `the settings were changed by someone else: you edited version ${expected}, the current version is ${current}; reload to see their changes`;
