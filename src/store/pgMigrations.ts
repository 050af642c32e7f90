import type { Pool } from 'pg';
import { inTransaction, LOCK_SPACE } from './pgPool';

/**
 * The PostgreSQL schema, as numbered migrations applied in order and recorded in
 * `schema_version`, like the SQLite file's (sqliteMigrations.ts): a released step is never
 * edited, and a database from a newer build is refused rather than guessed at. Epoch
 * milliseconds are `bigint`; settings are kept as the exact JSON text that was validated, so
 * a bad hand edit reads back as a CorruptRecordError instead of being refused or reordered.
 */
/**
 * One slot of HubSpot's rolling windows for every backend on the database (pgPortalLimiter.ts),
 * decided in one statement under a per-portal advisory lock and on the database's clock, the
 * one clock all backends share. Returns 0 when the slot was taken (a grant recorded in every
 * given window at the same instant), else the milliseconds until one may free up. A waiting
 * interactive caller marks the portal until its slot is due, and background callers wait out
 * the mark, so a card's read on one backend goes before a sync page on another.
 */
const TAKE_SLOT_FUNCTION = `
  CREATE FUNCTION kpi_take_slot(p_portal bigint, p_buckets text[], p_limits integer[], p_windows bigint[], p_interactive boolean)
  RETURNS bigint LANGUAGE plpgsql AS $fn$
  DECLARE
    t bigint;
    wait bigint := 0;
    nth bigint;
    pending bigint;
  BEGIN
    PERFORM pg_advisory_xact_lock(${LOCK_SPACE.limiter}, (p_portal % 2147483648)::integer);
    -- Read the clock once the lock is held: a grant stamped before a wait for the lock would
    -- be recorded earlier than it was given, and free its slot too soon.
    t := floor(extract(epoch FROM clock_timestamp()) * 1000);
    FOR i IN 1 .. array_length(p_buckets, 1) LOOP
      DELETE FROM limiter_grants WHERE portal_id = p_portal AND bucket = p_buckets[i] AND granted_at <= t - p_windows[i];
      SELECT granted_at INTO nth FROM limiter_grants WHERE portal_id = p_portal AND bucket = p_buckets[i]
        ORDER BY granted_at DESC OFFSET p_limits[i] - 1 LIMIT 1;
      IF nth IS NOT NULL THEN wait := greatest(wait, nth + p_windows[i] - t); END IF;
    END LOOP;
    IF NOT p_interactive THEN
      SELECT until_at INTO pending FROM limiter_interactive_waits WHERE portal_id = p_portal;
      IF pending IS NOT NULL AND pending > t THEN wait := greatest(wait, pending - t); END IF;
    END IF;
    IF wait = 0 THEN
      INSERT INTO limiter_grants (portal_id, bucket, granted_at) SELECT p_portal, b, t FROM unnest(p_buckets) AS b;
    ELSIF p_interactive THEN
      INSERT INTO limiter_interactive_waits (portal_id, until_at) VALUES (p_portal, t + wait + 25)
      ON CONFLICT (portal_id) DO UPDATE SET until_at = greatest(limiter_interactive_waits.until_at, excluded.until_at);
    END IF;
    RETURN wait;
  END
  $fn$;
`;

export const PG_MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE settings_versions (
        portal_id bigint NOT NULL,
        version integer NOT NULL CHECK (version >= 1),
        settings_json text NOT NULL,
        saved_at timestamptz NOT NULL,
        saved_by text NOT NULL,
        restored_from integer,
        PRIMARY KEY (portal_id, version)
      );
      CREATE TABLE alert_ledger (
        portal_id bigint NOT NULL,
        period text NOT NULL,
        pipeline_id text NOT NULL,
        from_stage_id text NOT NULL,
        to_stage_id text NOT NULL,
        group_type text NOT NULL,
        group_id text NOT NULL,
        task_id text,
        severity text NOT NULL,
        rate double precision,
        n integer NOT NULL,
        last_seen_at bigint NOT NULL,
        resolved_at bigint,
        PRIMARY KEY (portal_id, period, pipeline_id, from_stage_id, to_stage_id, group_type, group_id)
      );
      CREATE TABLE manual_scores (
        portal_id bigint NOT NULL,
        owner_id text NOT NULL,
        period text NOT NULL,
        key text NOT NULL,
        source text NOT NULL DEFAULT '',
        score double precision NOT NULL,
        PRIMARY KEY (portal_id, owner_id, period, key, source)
      );
      CREATE INDEX manual_scores_by_period ON manual_scores (portal_id, period);
      CREATE TABLE frozen_forecasts (
        portal_id bigint NOT NULL,
        owner_id text NOT NULL,
        period text NOT NULL,
        amount double precision NOT NULL,
        frozen_at bigint NOT NULL,
        PRIMARY KEY (portal_id, owner_id, period)
      );
      CREATE TABLE mirror_deals (
        portal_id bigint NOT NULL,
        deal_id bigint NOT NULL,
        record jsonb NOT NULL,
        PRIMARY KEY (portal_id, deal_id)
      );
      CREATE TABLE mirror_collections (
        portal_id bigint NOT NULL,
        name text NOT NULL,
        value jsonb NOT NULL,
        PRIMARY KEY (portal_id, name)
      );
      CREATE TABLE mirror_cursors (
        portal_id bigint PRIMARY KEY,
        cursor jsonb NOT NULL
      );
      CREATE TABLE leases (
        name text PRIMARY KEY,
        holder text NOT NULL,
        expires_at bigint NOT NULL
      );
      CREATE TABLE limiter_grants (
        portal_id bigint NOT NULL,
        bucket text NOT NULL,
        granted_at bigint NOT NULL
      );
      CREATE INDEX limiter_grants_by_time ON limiter_grants (portal_id, bucket, granted_at);
      CREATE TABLE limiter_interactive_waits (
        portal_id bigint PRIMARY KEY,
        until_at bigint NOT NULL
      );
      ${TAKE_SLOT_FUNCTION}
    `,
  },
  {
    // Manual scores keep every entry with who and when (corrections are revisions), as in SQLite.
    version: 2,
    sql: `
      CREATE TABLE manual_score_entries (
        portal_id bigint NOT NULL,
        owner_id text NOT NULL,
        period text NOT NULL,
        key text NOT NULL,
        source text NOT NULL DEFAULT '',
        revision integer NOT NULL CHECK (revision >= 1),
        score double precision NOT NULL,
        entered_by text NOT NULL,
        entered_by_user_id bigint,
        entered_at bigint,
        PRIMARY KEY (portal_id, owner_id, period, key, source, revision)
      );
      INSERT INTO manual_score_entries (portal_id, owner_id, period, key, source, revision, score, entered_by, entered_by_user_id, entered_at)
        SELECT portal_id, owner_id, period, key, source, 1, score, 'before entries were recorded', NULL, NULL FROM manual_scores;
    `,
  },
  {
    // The reporting rhythm's ledger: one task per digest, recipient and week or month, as in SQLite.
    version: 3,
    sql: `
      CREATE TABLE digest_ledger (
        portal_id bigint NOT NULL,
        kind text NOT NULL CHECK (kind IN ('weekly', 'monthly')),
        owner_id text NOT NULL,
        team_id text NOT NULL DEFAULT '',
        period text NOT NULL,
        task_id text NOT NULL,
        created_at bigint NOT NULL,
        PRIMARY KEY (portal_id, kind, owner_id, team_id, period)
      );
    `,
  },
  {
    // Companies and line items beside the mirrored deals, as in SQLite.
    version: 4,
    sql: `
      CREATE TABLE mirror_records (
        portal_id bigint NOT NULL,
        object_type text NOT NULL,
        record_id bigint NOT NULL,
        record jsonb NOT NULL,
        PRIMARY KEY (portal_id, object_type, record_id)
      );
    `,
  },
  {
    // Frozen forecasts for teams and the department besides owners, with how each was taken:
    // the subject's kind joins the key, so team 7 and owner 7 never share a row. Rows from before
    // were owner forecasts of the mapped property (the only source there was).
    version: 5,
    sql: `
      ALTER TABLE frozen_forecasts RENAME COLUMN owner_id TO subject_id;
      ALTER TABLE frozen_forecasts ADD COLUMN subject_kind text NOT NULL DEFAULT 'owner' CHECK (subject_kind IN ('owner', 'team', 'portal'));
      ALTER TABLE frozen_forecasts ADD COLUMN source text NOT NULL DEFAULT 'mapped_property';
      ALTER TABLE frozen_forecasts ALTER COLUMN subject_kind DROP DEFAULT;
      ALTER TABLE frozen_forecasts ALTER COLUMN source DROP DEFAULT;
      ALTER TABLE frozen_forecasts DROP CONSTRAINT frozen_forecasts_pkey;
      ALTER TABLE frozen_forecasts ADD PRIMARY KEY (portal_id, subject_kind, subject_id, period);
    `,
  },
  {
    // Digests claimed before their task is created, as in SQLite (version 9).
    version: 6,
    sql: `
      ALTER TABLE digest_ledger ALTER COLUMN task_id DROP NOT NULL;
      ALTER TABLE digest_ledger ALTER COLUMN created_at DROP NOT NULL;
      ALTER TABLE digest_ledger ADD COLUMN claimed_at bigint;
      ALTER TABLE digest_ledger ADD COLUMN subject text;
      UPDATE digest_ledger SET claimed_at = created_at;
      ALTER TABLE digest_ledger ALTER COLUMN claimed_at SET NOT NULL;
      ALTER TABLE digest_ledger ADD CONSTRAINT digest_ledger_claim_or_task CHECK ((task_id IS NULL) = (created_at IS NULL));
    `,
  },
];

export const PG_LATEST_SCHEMA_VERSION = PG_MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/**
 * Brings the database up to the latest schema inside one transaction that first takes a
 * transaction-level advisory lock: two backends starting at the same moment queue on the lock,
 * and the second finds the steps already applied. A failed step rolls every step back.
 */
export async function migratePg(pool: Pool): Promise<number> {
  return inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1, 0)', [LOCK_SPACE.migration]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)');
    const read = async (): Promise<number> => Number((await client.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_version')).rows[0]?.v ?? 0);
    const found = await read();
    if (found > PG_LATEST_SCHEMA_VERSION) {
      throw new Error(`the database schema is version ${found}, newer than this build understands (${PG_LATEST_SCHEMA_VERSION}); upgrade the app`);
    }
    for (const step of PG_MIGRATIONS) {
      if (step.version <= found) continue;
      await client.query(step.sql);
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [step.version]);
    }
    return read();
  });
}
