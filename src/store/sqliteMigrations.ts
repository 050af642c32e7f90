import type Database from 'better-sqlite3';

/**
 * The SQLite schema, as numbered migrations applied in order and recorded in
 * `schema_version`. A migration only ever appends: a released step is never edited, so any
 * file ever written can be brought up to date. A file from a newer build is refused rather
 * than guessed at.
 */
export const MIGRATIONS: ReadonlyArray<{ version: number; sql: string }> = [
  {
    version: 1,
    sql: `
      CREATE TABLE settings_versions (
        portal_id INTEGER NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        settings_json TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        saved_by TEXT NOT NULL,
        restored_from INTEGER,
        PRIMARY KEY (portal_id, version)
      ) WITHOUT ROWID;
      CREATE TABLE alert_ledger (
        portal_id INTEGER NOT NULL,
        period TEXT NOT NULL,
        pipeline_id TEXT NOT NULL,
        from_stage_id TEXT NOT NULL,
        to_stage_id TEXT NOT NULL,
        group_type TEXT NOT NULL,
        group_id TEXT NOT NULL,
        task_id TEXT,
        severity TEXT NOT NULL,
        rate REAL,
        n INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL,
        resolved_at INTEGER,
        PRIMARY KEY (portal_id, period, pipeline_id, from_stage_id, to_stage_id, group_type, group_id)
      ) WITHOUT ROWID;
      CREATE TABLE manual_scores (
        portal_id INTEGER NOT NULL,
        owner_id TEXT NOT NULL,
        period TEXT NOT NULL,
        key TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        score REAL NOT NULL,
        PRIMARY KEY (portal_id, owner_id, period, key, source)
      ) WITHOUT ROWID;
      CREATE INDEX manual_scores_by_period ON manual_scores (portal_id, period);
      CREATE TABLE frozen_forecasts (
        portal_id INTEGER NOT NULL,
        owner_id TEXT NOT NULL,
        period TEXT NOT NULL,
        amount REAL NOT NULL,
        frozen_at INTEGER NOT NULL,
        PRIMARY KEY (portal_id, owner_id, period)
      ) WITHOUT ROWID;
    `,
  },
  {
    // The portal mirror (src/store mirrorStore): deals one row each with their numeric id as the
    // key, so id ranges and id order are index scans; the portal-wide collections and the
    // cursor as one JSON document each.
    version: 2,
    sql: `
      CREATE TABLE mirror_deals (
        portal_id INTEGER NOT NULL,
        deal_id INTEGER NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (portal_id, deal_id)
      ) WITHOUT ROWID;
      CREATE TABLE mirror_documents (
        portal_id INTEGER NOT NULL,
        name TEXT NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (portal_id, name)
      ) WITHOUT ROWID;
    `,
  },
  {
    version: 3,
    sql: `
      CREATE TABLE scan_locks (
        portal_id INTEGER PRIMARY KEY,
        holder TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      );
    `,
  },
  {
    // Leases (leaseStore.ts): which process runs a portal's alert scan, its scheduled scan, its
    // sync. The scan's own lock becomes one of them, so scan_locks goes.
    version: 4,
    sql: `
      CREATE TABLE leases (
        name TEXT PRIMARY KEY,
        holder TEXT NOT NULL,
        expires_at INTEGER NOT NULL
      ) WITHOUT ROWID;
      DROP TABLE scan_locks;
    `,
  },
  {
    // Manual scores keep every entry with who and when (corrections are revisions).
    version: 5,
    sql: `
      CREATE TABLE manual_score_entries (
        portal_id INTEGER NOT NULL,
        owner_id TEXT NOT NULL,
        period TEXT NOT NULL,
        key TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        revision INTEGER NOT NULL CHECK (revision >= 1),
        score REAL NOT NULL,
        entered_by TEXT NOT NULL,
        entered_by_user_id INTEGER,
        entered_at INTEGER,
        PRIMARY KEY (portal_id, owner_id, period, key, source, revision)
      ) WITHOUT ROWID;
      INSERT INTO manual_score_entries (portal_id, owner_id, period, key, source, revision, score, entered_by, entered_by_user_id, entered_at)
        SELECT portal_id, owner_id, period, key, source, 1, score, 'before entries were recorded', NULL, NULL FROM manual_scores;
    `,
  },
  {
    // The reporting rhythm's ledger: one task per digest, recipient and week or month.
    version: 6,
    sql: `
      CREATE TABLE digest_ledger (
        portal_id INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('weekly', 'monthly')),
        owner_id TEXT NOT NULL,
        team_id TEXT NOT NULL DEFAULT '',
        period TEXT NOT NULL,
        task_id TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (portal_id, kind, owner_id, team_id, period)
      ) WITHOUT ROWID;
    `,
  },
  {
    // Companies and line items beside the mirrored deals (customer and product KPIs), one row
    // each by type and numeric id, written in the same transaction as the deals they go with.
    version: 7,
    sql: `
      CREATE TABLE mirror_records (
        portal_id INTEGER NOT NULL,
        object_type TEXT NOT NULL,
        record_id INTEGER NOT NULL,
        json TEXT NOT NULL,
        PRIMARY KEY (portal_id, object_type, record_id)
      ) WITHOUT ROWID;
    `,
  },
  {
    // Frozen forecasts for teams and the department besides owners, with how each was taken:
    // the subject's kind joins the key, so team 7 and owner 7 never share a row. Rows from before
    // were owner forecasts of the mapped property (the only source there was).
    version: 8,
    sql: `
      CREATE TABLE frozen_forecasts_v6 (
        portal_id INTEGER NOT NULL,
        subject_kind TEXT NOT NULL CHECK (subject_kind IN ('owner', 'team', 'portal')),
        subject_id TEXT NOT NULL,
        period TEXT NOT NULL,
        amount REAL NOT NULL,
        frozen_at INTEGER NOT NULL,
        source TEXT NOT NULL,
        PRIMARY KEY (portal_id, subject_kind, subject_id, period)
      ) WITHOUT ROWID;
      INSERT INTO frozen_forecasts_v6 (portal_id, subject_kind, subject_id, period, amount, frozen_at, source)
        SELECT portal_id, 'owner', owner_id, period, amount, frozen_at, 'mapped_property' FROM frozen_forecasts;
      DROP TABLE frozen_forecasts;
      ALTER TABLE frozen_forecasts_v6 RENAME TO frozen_forecasts;
    `,
  },
  {
    // A digest is claimed before its task is created, so a run cut off between HubSpot's answer
    // and the ledger's write leaves a claim the next run resolves instead of a second task: the
    // task column may be empty (claimed), and every entry says when it was claimed and the subject
    // the claimant gives the task, which the next run searches HubSpot's tasks for. Entries from
    // before were recorded at once, so their claim is their record and they need no subject.
    version: 9,
    sql: `
      CREATE TABLE digest_ledger_v9 (
        portal_id INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('weekly', 'monthly')),
        owner_id TEXT NOT NULL,
        team_id TEXT NOT NULL DEFAULT '',
        period TEXT NOT NULL,
        task_id TEXT,
        created_at INTEGER,
        claimed_at INTEGER NOT NULL,
        subject TEXT,
        CHECK ((task_id IS NULL) = (created_at IS NULL)),
        PRIMARY KEY (portal_id, kind, owner_id, team_id, period)
      ) WITHOUT ROWID;
      INSERT INTO digest_ledger_v9 (portal_id, kind, owner_id, team_id, period, task_id, created_at, claimed_at)
        SELECT portal_id, kind, owner_id, team_id, period, task_id, created_at, created_at FROM digest_ledger;
      DROP TABLE digest_ledger;
      ALTER TABLE digest_ledger_v9 RENAME TO digest_ledger;
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/**
 * Brings the file up to the latest schema. Each step re-reads the version inside its own
 * write transaction, so two processes opening a fresh file at once cannot both apply it.
 */
export function migrate(db: Database.Database): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)');
  const read = (): number => (db.prepare('SELECT MAX(version) FROM schema_version').pluck().get() as number | null) ?? 0;
  const found = read();
  if (found > LATEST_SCHEMA_VERSION) {
    throw new Error(`the database schema is version ${found}, newer than this build understands (${LATEST_SCHEMA_VERSION}); upgrade the app`);
  }
  for (const step of MIGRATIONS) {
    db.transaction(() => {
      if (read() >= step.version) return;
      db.exec(step.sql);
      db.prepare('INSERT INTO schema_version (version) VALUES (?)').run(step.version);
    }).immediate();
  }
  return read();
}
