import { Pool } from 'pg';
import { openPgStore, type PgStore } from '../../src/store/pgStore';

/** The throwaway database `.ci/run` starts (`.ci/postgres-cluster`); unset on a laptop without PostgreSQL. */
export const TEST_DATABASE_URL = process.env.KPI_TEST_DATABASE_URL?.trim() || undefined;

/**
 * `describe` for a suite that needs PostgreSQL. Without KPI_TEST_DATABASE_URL it skips with a
 * printed notice, so `npm test` runs anywhere; in CI (CI=true) it fails instead, so the
 * PostgreSQL store can never pass there by not running.
 */
export function describeOnPostgres(name: string, body: (url: string) => void): void {
  if (TEST_DATABASE_URL !== undefined) {
    describe(name, () => body(TEST_DATABASE_URL));
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has a PostgreSQL database to run on', () => {
        throw new Error('KPI_TEST_DATABASE_URL is not set: .ci/run starts a throwaway cluster and sets it; PostgreSQL tests do not skip in CI');
      });
    });
    return;
  }
  console.warn(`skipping "${name}": KPI_TEST_DATABASE_URL is not set (.ci/run starts a throwaway PostgreSQL and sets it)`);
  describe.skip(name, () => body(''));
}

/**
 * Fresh, empty PostgreSQL schemas on the test database, one per call, dropped after the suite:
 * each test gets a store of its own however jest spreads files over workers.
 */
export function freshPgSchemas(url: string): () => Promise<string> {
  let admin: Pool | null = null;
  const made: string[] = [];
  let next = 0;
  afterAll(async () => {
    if (admin === null) return;
    for (const schema of made) await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });
  return async () => {
    admin ??= new Pool({ connectionString: url, max: 2 });
    const schema = `kpi_test_${process.pid}_${Date.now().toString(36)}_${next++}`;
    await admin.query(`CREATE SCHEMA ${schema}`);
    made.push(schema);
    return schema;
  };
}

/** A migrated PostgreSQL store in a fresh schema, on the given clock. */
export function freshPgStores(url: string): (now: () => number) => Promise<PgStore> {
  const schemas = freshPgSchemas(url);
  return async (now) => openPgStore({ url, schema: await schemas(), now, max: 5 });
}
