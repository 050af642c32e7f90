import { parsePeriod } from '../domain/period';
import { fieldError, type FieldError } from './fieldError';
import type { Quota } from './settingsSchema';

/**
 * Quotas (kpi-spec §2 "Target (quota)"): the period label must parse; seasonality weights
 * spread a yearly quota over its 12 months, so they only apply to a year and cannot all be 0;
 * one holder has one quota per period label; and, when the portal's owners are known, the
 * owner must exist.
 */
export function quotaErrors(quotas: readonly (Quota | undefined)[], ownerIds: readonly string[] | undefined): FieldError[] {
  const seen = new Map<string, number>();
  return quotas.flatMap((quota, i) => {
    if (quota === undefined) return [];
    const path = ['quotas', i];
    const errors: FieldError[] = [];
    const period = parsePeriod(quota.period);
    if (!period.ok) errors.push(fieldError([...path, 'period'], period.error, 'period_invalid', { period: quota.period }));
    if (period.ok && Array.isArray(quota.split) && period.value.kind !== 'year') {
      errors.push(fieldError([...path, 'split'], `seasonality weights spread a yearly quota; ${quota.period} is not a year`, 'split_not_year', { period: quota.period }));
    }
    if (Array.isArray(quota.split) && quota.split.every((w) => w === 0)) {
      errors.push(fieldError([...path, 'split'], 'seasonality weights cannot all be 0', 'split_all_zero'));
    }
    if (quota.ownerId !== undefined && ownerIds !== undefined && !ownerIds.includes(quota.ownerId)) {
      errors.push(fieldError([...path, 'ownerId'], `owner ${quota.ownerId} does not exist in this portal`, 'unknown_owner', { owner: quota.ownerId }));
    }
    const holder = quota.ownerId !== undefined ? `owner ${quota.ownerId}` : `team ${quota.teamId}`;
    const key = `${holder}|${period.ok ? JSON.stringify(period.value) : quota.period}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else errors.push(fieldError([...path, 'period'], `${holder} already has a quota for ${quota.period} (quota ${first + 1})`, 'quota_duplicate', { period: quota.period, first: first + 1 }));
    return errors;
  });
}
