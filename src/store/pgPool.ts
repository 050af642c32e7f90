import { Pool, types, type PoolClient } from 'pg';

/**
 * The PostgreSQL connection pool behind the Postgres store. `bigint` columns (portal ids, epoch
 * milliseconds) come back from pg as strings by default; here they become numbers, and a value
 * past 2^53 is an error rather than a silently rounded id.
 */
const INT8_OID = 20;

const parseInt8 = (text: string): number => {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`a bigint column holds ${text}, past the integers JavaScript keeps exactly`);
  return n;
};

export interface PgPoolOptions {
  /** postgres://user:password@host:port/database (the edge reads KPI_DATABASE_URL). */
  url: string;
  /** The PostgreSQL schema the tables live in; default the connection's own search_path (usually public). */
  schema?: string;
  /** Connections per backend process; HubSpot's 20 concurrent card loads per account bound what one needs. */
  max?: number;
}

export function openPgPool(options: PgPoolOptions): Pool {
  if (options.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(options.schema)) {
    throw new RangeError(`the schema name ${JSON.stringify(options.schema)} is not a plain lower-case identifier`);
  }
  return new Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    options: options.schema === undefined ? undefined : `-c search_path=${options.schema}`,
    types: { getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === INT8_OID ? parseInt8 : types.getTypeParser(oid, format))) as typeof types.getTypeParser },
  });
}

/**
 * Runs `work` in one transaction on one connection: committed when it resolves, rolled back
 * when it throws, so a failure leaves the database as it was before.
 */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Advisory lock keys: the first of the two int4 keys names what is locked, the second which portal. */
export const LOCK_SPACE = {
  migration: 0x6b70_6901,
  settings: 0x6b70_6902,
  limiter: 0x6b70_6903,
  manualScores: 0x6b70_6904,
} as const;
