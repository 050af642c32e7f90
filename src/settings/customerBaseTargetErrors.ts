import { parsePeriod } from '../domain/period';
import { fieldError, type FieldError } from './fieldError';
import type { CustomerBaseTarget } from './settingsSchema';

/**
 * Target customer bases (customer_growth_rate, docs/kpis.md): the period label must parse, one
 * holder has one base per period, and, when the portal's owners and teams are known, the holder
 * must exist: a base nobody matches would leave the KPI "not configured" without saying why.
 */
export function customerBaseTargetErrors(targets: readonly (CustomerBaseTarget | undefined)[], ownerIds: readonly string[] | undefined, teamIds: readonly string[] | undefined): FieldError[] {
  const seen = new Map<string, number>();
  return targets.flatMap((target, i) => {
    if (target === undefined) return [];
    const path = ['customerBaseTargets', i];
    const errors: FieldError[] = [];
    const period = parsePeriod(target.period);
    if (!period.ok) errors.push(fieldError([...path, 'period'], period.error));
    if (target.ownerId !== undefined && ownerIds !== undefined && !ownerIds.includes(target.ownerId)) {
      errors.push(fieldError([...path, 'ownerId'], `owner ${target.ownerId} does not exist in this portal`));
    }
    if (target.teamId !== undefined && teamIds !== undefined && !teamIds.includes(target.teamId)) {
      errors.push(fieldError([...path, 'teamId'], `team ${target.teamId} does not exist in this portal`));
    }
    const holder = target.ownerId !== undefined ? `owner ${target.ownerId}` : `team ${target.teamId}`;
    const key = `${holder}|${target.period}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else errors.push(fieldError([...path, 'period'], `${holder} already has a target customer base for ${target.period} (entry ${first + 1})`));
    return errors;
  });
}
