/**
 * A failure the user can act on (missing file, bad option, unknown owner). main.ts prints it
 * as one line, `kpi: <message>`, and exits 1; no stack trace, because it is not a bug.
 */
export class CliError extends Error {
  override name = 'CliError';
}
