import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectOneLineError, kpi } from './cliFixture';
import { runDemoSnapshot } from '../../src/cli/commands/demoSnapshot';
import { memoryIo } from '../../src/cli/cliIo';
import { generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';
import { validateSettings } from '../../src/settings/validateSettings';
import { parseSnapshot, portalFromSnapshot } from '../../src/domain/portalFromSnapshot';

const dir = mkdtempSync(join(tmpdir(), 'kpi-demo-'));
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('kpi demo-snapshot', () => {
  it('writes the generator’s snapshot for the given deals, seed and as-of', async () => {
    const out = join(dir, 'a.json');
    const r = await kpi(['demo-snapshot', '--deals', '12001', '--seed', '4', '--as-of', '2026-09-30T00:00:00Z', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^kpi: wrote .*a\.json: 12001 deals/);
    const expected = generateDemoSnapshot({ deals: 12001, seed: 4, asOf: Date.parse('2026-09-30T00:00:00Z') });
    expect(read(out)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('writes a valid file with no deals too', async () => {
    const out = join(dir, 'empty.json');
    expect((await kpi(['demo-snapshot', '--deals', '0', '--seed', '1', '--as-of', '2026-09-30', '--out', out])).code).toBe(0);
    const parsed = parseSnapshot(read(out));
    expect(parsed.ok && parsed.value.deals).toEqual([]);
  });

  it('ends the demo today at 00:00 UTC when no --as-of is given', () => {
    const out = join(dir, 'today.json');
    const clock = () => Date.parse('2026-07-04T17:45:12.345Z');
    runDemoSnapshot({ deals: '50', seed: '2', out }, memoryIo(), clock);
    expect(read(out)).toEqual(JSON.parse(JSON.stringify(generateDemoSnapshot({ deals: 50, seed: 2, asOf: Date.parse('2026-07-04T00:00:00Z') }))));
  });

  it('writes settings for the demo that validate against the demo portal', async () => {
    const out = join(dir, 'b.json');
    const settingsOut = join(dir, 'b-settings.json');
    await kpi(['demo-snapshot', '--deals', '100', '--seed', '1', '--as-of', '2026-09-30', '--out', out, '--settings-out', settingsOut]);
    const snapshot = parseSnapshot(read(out));
    if (!snapshot.ok) throw new Error(snapshot.error);
    const { data } = portalFromSnapshot(snapshot.value);
    const settings = validateSettings(read(settingsOut), { pipelines: data.pipelines, ownerIds: data.owners.map((o) => o.id), teamIds: data.teams.map((t) => t.id) });
    expect(settings.ok).toBe(true);
  });

  it('refuses bad numbers and unwritable paths with one line', async () => {
    expectOneLineError(await kpi(['demo-snapshot', '--deals', 'many', '--seed', '1', '--out', join(dir, 'x.json')]), /--deals: "many" is not a whole number/);
    expectOneLineError(await kpi(['demo-snapshot', '--deals', '10', '--seed', '-3', '--out', join(dir, 'x.json')]), /--seed: "-3" is not a whole number/);
    expectOneLineError(await kpi(['demo-snapshot', '--deals', '10', '--seed', '1', '--as-of', '31/12/2026', '--out', join(dir, 'x.json')]), /--as-of: "31\/12\/2026" is not a date/);
    expectOneLineError(await kpi(['demo-snapshot', '--deals', '10', '--seed', '1', '--out', join(dir, 'no-such-dir', 'x.json')]), /cannot write .*no-such-dir/);
  });
});
