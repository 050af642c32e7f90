import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { parseSnapshot, portalFromSnapshot } from '../../src/domain/portalFromSnapshot';
import { buildPortalIndex } from '../../src/kpi/portalIndex';
import type { PortalData } from '../../src/domain/portal';
import type { PortalIndex } from '../../src/kpi/portalIndex';
import { memoryIo } from '../../src/cli/cliIo';
import { runCli } from '../../src/cli/main';

export const AS_OF_ISO = '2026-11-16T00:00:00.000Z';
export const AS_OF = Date.parse(AS_OF_ISO);

export interface CliFixture {
  dir: string;
  snapshotPath: string;
  settingsPath: string;
  data: PortalData;
  index: PortalIndex;
}

/** A small demo portal written to a temp dir, and the same portal read by the engine directly. */
export function cliFixture(deals = 3000): CliFixture {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-cli-'));
  const snapshot = generateDemoSnapshot({ deals, seed: 5, asOf: AS_OF });
  const snapshotPath = join(dir, 'snapshot.json');
  const settingsPath = join(dir, 'settings.json');
  writeFileSync(snapshotPath, JSON.stringify(snapshot));
  writeFileSync(settingsPath, JSON.stringify(demoSettings()));
  const checked = parseSnapshot(snapshot);
  if (!checked.ok) throw new Error(checked.error);
  const { data } = portalFromSnapshot(checked.value);
  return { dir, snapshotPath, settingsPath, data, index: buildPortalIndex(data) };
}

/** Runs `kpi <argv>` in-process and returns exit code, stdout and stderr. */
export async function kpi(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const io = memoryIo();
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
}

/** Every failure is one line on stderr, `kpi: …`, and no stack. */
export function expectOneLineError(result: { code: number; stderr: string }, pattern: RegExp): void {
  expect(result.code).toBe(1);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^kpi: /);
  expect(lines[0]).toMatch(pattern);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}
