/** Where the SQLite file lives: KPI_DB_PATH, else ./data/kpi.sqlite. The edge passes its env in. */
export const DEFAULT_DB_PATH = './data/kpi.sqlite';

export function dbPathFromEnv(env: Record<string, string | undefined>): string {
  const configured = env.KPI_DB_PATH?.trim();
  return configured ? configured : DEFAULT_DB_PATH;
}
