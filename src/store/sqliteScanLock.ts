import type Database from 'better-sqlite3';
import type { ScanLock } from './scanLock';

/**
 * The scan lease in SQLite: one row per portal. Taking it reads and writes inside one
 * IMMEDIATE transaction, which holds the file's write lock, so two processes on one file
 * cannot both see it free. Times come from the store's clock.
 */
export function sqliteScanLock(db: Database.Database, now: () => number): ScanLock {
  const select = db.prepare('SELECT holder, expires_at FROM scan_locks WHERE portal_id = ?');
  const upsert = db.prepare(
    'INSERT INTO scan_locks (portal_id, holder, expires_at) VALUES (?, ?, ?) ON CONFLICT (portal_id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at',
  );
  const remove = db.prepare('DELETE FROM scan_locks WHERE portal_id = ? AND holder = ?');
  const take = db.transaction((portalId: number, holder: string, ttlMs: number): boolean => {
    const at = now();
    const row = select.get(portalId) as { holder: string; expires_at: number } | undefined;
    if (row !== undefined && row.holder !== holder && row.expires_at > at) return false;
    upsert.run(portalId, holder, at + ttlMs);
    return true;
  });
  return {
    acquire: async (portalId, holder, ttlMs) => take.immediate(portalId, holder, ttlMs),
    release: async (portalId, holder) => void remove.run(portalId, holder),
  };
}
