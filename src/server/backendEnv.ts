import { z } from 'zod';
import { DEFAULT_DIGEST_AT, DEFAULT_SCAN_AT, scanAtSchema } from './nextRunAt';

/** Blank variables (`FOO=` in a .env file) mean "not set", not "set to nothing". */
const optionalText = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().min(1).optional());

/**
 * The environment the backend reads, once, at its edge. Secrets are only ever passed
 * on from here, never logged; their absence is reported by name.
 */
export const backendEnvSchema = z.object({
  HUBSPOT_ACCESS_TOKEN: optionalText,
  HUBSPOT_CLIENT_SECRET: optionalText,
  PUBLIC_BASE_URL: optionalText.pipe(z.url({ protocol: /^https?$/ }).optional()),
  KPI_DB_PATH: optionalText,
  /** PostgreSQL for several backends (README "Deployment"); the scheme is checked so a typo is not taken for a SQLite path. */
  KPI_DATABASE_URL: optionalText.pipe(z.string().regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// URL').optional()),
  KPI_SCAN_AT: optionalText.pipe(scanAtSchema.optional()).transform((v) => v ?? DEFAULT_SCAN_AT),
  /** When the weekly digests and monthly summaries go out each day (each once, after its week or month ends). */
  KPI_DIGEST_AT: optionalText.pipe(scanAtSchema.optional()).transform((v) => v ?? DEFAULT_DIGEST_AT),
  /** Seconds between incremental sync cycles of the portal mirror; 0 turns the mirror off (every read live). */
  KPI_SYNC_INTERVAL_S: optionalText.pipe(z.string().regex(/^\d{1,6}$/, 'must be a whole number of seconds').transform(Number).optional()).transform((v) => v ?? 60),
  PORT: optionalText.pipe(z.string().regex(/^\d{1,5}$/, 'must be a port number').transform(Number).pipe(z.number().max(65_535)).optional()),
});
export type BackendEnv = z.infer<typeof backendEnvSchema>;

/** Thrown for configuration the operator must fix; the CLI prints its message as one line. */
export class BackendConfigError extends Error {
  override name = 'BackendConfigError';
}

export function parseBackendEnv(env: Record<string, string | undefined>): BackendEnv {
  const parsed = backendEnvSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  throw new BackendConfigError(`${first?.path.join('.') ?? 'environment'}: ${first?.message ?? 'invalid'}`);
}
