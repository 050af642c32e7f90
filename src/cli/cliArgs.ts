import type { Period } from '../domain/period';
import { parsePeriod } from '../domain/period';
import { parseInstant } from '../domain/parseValue';
import { CliError } from './cliError';

/** Option values arrive as strings; these turn them into typed values or a one-line CliError. */
export function parseAsOf(raw: string): number {
  const at = parseInstant(raw);
  if (!at.ok || at.value === null) throw new CliError(`--as-of: "${raw}" is not a date; use 2026-09-30 or 2026-09-30T12:00:00Z`);
  return at.value;
}

export function parsePeriodArg(raw: string): Period {
  const period = parsePeriod(raw);
  if (!period.ok) throw new CliError(`--period: ${period.error}`);
  return period.value;
}

export function parseWholeNumber(option: string, raw: string, min = 0): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min) {
    throw new CliError(`${option}: "${raw}" is not a whole number${min > 0 ? ` ≥ ${min}` : ''}`);
  }
  return value;
}

/**
 * The default "now" of commands that make data: today at 00:00 UTC, read here at the edge,
 * so two runs on the same day give the same demo portal.
 */
export function todayUtcMidnight(clock: () => number = Date.now): number {
  const now = new Date(clock());
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}
