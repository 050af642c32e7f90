import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readJsonFile } from '../../src/cli/readJsonFile';

describe('readJsonFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kpi-json-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says a file is empty instead of "Unexpected end of JSON input"', () => {
    const path = join(dir, 'empty.json');
    writeFileSync(path, '  \n');
    expect(() => readJsonFile(path, 'settings')).toThrow(`settings ${path} is empty: it must hold one JSON text`);
  });

  it('names the file and the reason for broken JSON', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{"a":');
    expect(() => readJsonFile(path, 'snapshot')).toThrow(new RegExp(`^snapshot ${path} is not valid JSON: `));
  });
});
