import type { Pipeline } from '../domain/portal';
import { err, ok, type Result } from '../domain/result';
import { commissionErrors } from './commissionErrors';
import { evaluation360Errors } from './evaluation360Errors';
import type { FieldError } from './fieldError';
import { forecastSourceErrors } from './forecastSourceErrors';
import { funnelThresholdErrors } from './funnelThresholdErrors';
import { gradeErrors } from './gradeErrors';
import { ownerReferenceErrors } from './ownerReferenceErrors';
import { quotaErrors } from './quotaErrors';
import { customerBaseTargetErrors } from './customerBaseTargetErrors';
import { segmentErrors } from './segmentErrors';
import { settingsSchema, ROLES, type Settings } from './settingsSchema';
import { settingsSections } from './settingsSections';
import { entryErrors, templateErrors } from './templateErrors';
import { zodFieldErrors } from './zodFieldErrors';

/** What the portal says exists; owner and team ids are checked only when given. */
export interface SettingsValidationContext {
  pipelines: Pipeline[];
  ownerIds?: string[];
  teamIds?: string[];
}

/**
 * The settings page's gate (kpi-spec §6–§8): either the whole settings object, defaults
 * filled in, or every error at once, each named by its field — never a half-valid object.
 * The schema's errors come first; the cross-field rules then run on whichever sections
 * parsed, so fixing one error does not reveal a new batch on the next save.
 */
export function validateSettings(input: unknown, ctx: SettingsValidationContext): Result<Settings, FieldError[]> {
  const parsed = settingsSchema.safeParse(input);
  const errors = parsed.success ? [] : zodFieldErrors(parsed.error.issues, input);
  const sections = settingsSections(parsed.success ? parsed.data : input);
  for (const role of ROLES) {
    const template = sections.roles[role];
    if (template !== undefined) errors.push(...templateErrors(role, template));
    else errors.push(...entryErrors(role, sections.roleEntries[role] ?? []));
  }
  errors.push(
    ...gradeErrors(sections.grades),
    ...commissionErrors(sections.tiers),
    ...funnelThresholdErrors(sections.thresholds, ctx.pipelines),
    ...quotaErrors(sections.quotas, ctx.ownerIds),
    ...customerBaseTargetErrors(sections.customerBaseTargets, ctx.ownerIds, ctx.teamIds),
    ...ownerReferenceErrors(sections, ctx.ownerIds, ctx.teamIds),
    ...evaluation360Errors(sections.evaluation360),
    ...(parsed.success ? segmentErrors(parsed.data, ctx.pipelines) : []),
    ...forecastSourceErrors(sections.forecastSource, sections.forecastProperty),
  );
  const unique = dedupe(errors);
  if (parsed.success && unique.length === 0) return ok(parsed.data);
  return err(unique);
}

function dedupe(errors: readonly FieldError[]): FieldError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.field}\u0000${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
