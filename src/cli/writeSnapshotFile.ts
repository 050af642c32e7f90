import { closeSync, openSync, writeSync } from 'node:fs';
import type { SnapshotInput } from '../domain/snapshot';
import { CliError } from './cliError';

const DEALS_PER_WRITE = 5_000;

/**
 * Writes a snapshot as JSON, the deals streamed in batches: a million deals are more text
 * than one JavaScript string may hold, so JSON.stringify of the whole snapshot would fail.
 */
export function writeSnapshotFile(path: string, snapshot: SnapshotInput): void {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (e) {
    throw new CliError(`cannot write ${path}: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    const { deals, ...rest } = snapshot;
    const head = JSON.stringify(rest);
    writeSync(fd, `${head.slice(0, -1)}${head.length > 2 ? ',' : ''}"deals":[`);
    for (let i = 0; i < deals.length; i += DEALS_PER_WRITE) {
      const batch = deals.slice(i, i + DEALS_PER_WRITE).map((d) => JSON.stringify(d));
      writeSync(fd, (i > 0 ? ',' : '') + batch.join(','));
    }
    writeSync(fd, ']}\n');
  } finally {
    closeSync(fd);
  }
}
