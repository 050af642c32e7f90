import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_KPIS, KPI_CATALOG } from '../../src/kpi/catalog';

const lines = readFileSync(join(__dirname, '../../docs/kpis.md'), 'utf8').split('\n');

/** The KPI's heading line and the text up to the next heading. */
function sectionOf(id: string): { heading: string; body: string } | null {
  const at = lines.findIndex((line) => line.startsWith('#') && line.includes(`\`${id}\``));
  if (at < 0) return null;
  const next = lines.findIndex((line, i) => i > at && line.startsWith('#'));
  return { heading: lines[at] as string, body: lines.slice(at + 1, next < 0 ? undefined : next).join('\n') };
}

describe('docs/kpis.md', () => {
  it.each([...BUILT_IN_KPIS])('states %s under its Chinese name with a worked example', (id) => {
    const section = sectionOf(id);
    expect(section?.heading).toContain(KPI_CATALOG[id].zh);
    expect(section?.body).toMatch(/Example/);
  });
});
