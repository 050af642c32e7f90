import type { Result } from './result';
import { err, ok } from './result';

/**
 * HubSpot sends every property value as a string. These parsers turn one string into a
 * typed value once, at the edge: an empty or absent value is unknown (`null`), and a value
 * that cannot be read is an error naming why, never a silent NaN or 0 (kpi-spec §2).
 */
type Raw = string | null | undefined;

const isBlank = (raw: Raw): raw is null | undefined | '' => raw === null || raw === undefined || raw.trim() === '';

/** Amounts like "1200.50" (HubSpot never sends thousands separators in the API). */
export function parseAmount(raw: Raw): Result<number | null> {
  if (isBlank(raw)) return ok(null);
  const text = raw.trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text)) return err(`"${raw}" is not a number`);
  const value = Number(text);
  return Number.isFinite(value) ? ok(value) : err(`"${raw}" is not a finite number`);
}

/** HubSpot booleans are the strings "true" and "false". */
export function parseBoolean(raw: Raw): Result<boolean | null> {
  if (isBlank(raw)) return ok(null);
  const text = raw.trim().toLowerCase();
  if (text === 'true') return ok(true);
  if (text === 'false') return ok(false);
  return err(`"${raw}" is not true or false`);
}

const HUBSPOT_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * Dates arrive either as ISO 8601 ("2026-03-31T20:00:00.000Z", or a bare "2026-03-31" for
 * date-only properties, which HubSpot stores as midnight UTC) or as epoch milliseconds
 * ("1774987200000"). Returns epoch milliseconds.
 */
export function parseInstant(raw: Raw): Result<number | null> {
  if (isBlank(raw)) return ok(null);
  // Fast path for the form HubSpot's API returns ("2026-03-31T20:00:00.000Z"): a million
  // deals carry several of these each, so the general path below is kept for the rest.
  if (raw.length === 24 && HUBSPOT_ISO.test(raw)) {
    const ms = Date.parse(raw);
    return Number.isFinite(ms) ? ok(ms) : err(`"${raw}" is not a valid date`);
  }
  const text = raw.trim();
  if (/^-?\d{9,}$/.test(text)) return ok(Number(text));
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) {
    return err(`"${raw}" is not a date`);
  }
  const dateOnly = text.length === 10;
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(text);
  const normalized = dateOnly ? `${text}T00:00:00Z` : hasZone ? text : `${text}Z`;
  const ms = Date.parse(normalized.replace(' ', 'T'));
  return Number.isFinite(ms) ? ok(ms) : err(`"${raw}" is not a valid date`);
}
