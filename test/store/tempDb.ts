import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Temp folders for database files, removed after the suite; the file sits in a folder the store must create. */
export function tempDbPaths() {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'kpi-store-'));
    dirs.push(dir);
    return join(dir, 'data', 'kpi.sqlite');
  };
}
