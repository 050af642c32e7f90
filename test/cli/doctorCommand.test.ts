import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliFixture, kpi } from './cliFixture';

const fx = cliFixture(1000);

/** The fixture's snapshot with three broken won deals of one owner, and the ids broken. */
function brokenSnapshot(): { path: string; ids: string[]; ownerId: string } {
  const snapshot = JSON.parse(readFileSync(fx.snapshotPath, 'utf8')) as { deals: { id: string; properties: Record<string, string | undefined> }[] };
  const won = snapshot.deals.filter((d) => d.properties.hs_is_closed_won === 'true');
  const ownerId = won[0]?.properties.hubspot_owner_id as string;
  const [a, b, c] = won.filter((d) => d.properties.hubspot_owner_id === ownerId);
  if (a === undefined || b === undefined || c === undefined) throw new Error('the demo owner has fewer than 3 won deals');
  a.properties.amount = 'abc';
  delete a.properties.amount_in_home_currency;
  b.properties.amount = '-500';
  delete b.properties.amount_in_home_currency;
  delete c.properties.closedate;
  const path = join(fx.dir, 'broken.json');
  writeFileSync(path, JSON.stringify(snapshot));
  return { path, ids: [a.id, b.id, c.id], ownerId };
}

describe('kpi doctor', () => {
  it('finds nothing wrong with the demo portal', async () => {
    const out = JSON.parse((await kpi(['doctor', '--snapshot', fx.snapshotPath, '--json'])).stdout);
    expect(out).toEqual({ deals: 1000, dealsWithProblems: 0, kinds: [] });
  });

  it('lists every data problem by kind and owner, each deal linked to its record', async () => {
    const { path, ids, ownerId } = brokenSnapshot();
    const r = await kpi(['doctor', '--snapshot', path, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.dealsWithProblems).toBe(3);
    expect(out.kinds.map((k: { kind: string }) => k.kind).sort()).toEqual(['amount_negative', 'amount_not_a_number', 'closedate_missing']);
    const notANumber = out.kinds.find((k: { kind: string }) => k.kind === 'amount_not_a_number');
    expect(notANumber.owners).toEqual([expect.objectContaining({ ownerId, deals: [expect.objectContaining({ recordId: ids[0], field: 'amount' })] })]);
    expect(notANumber.owners[0].deals[0].url).toMatch(new RegExp(`^https://app\\.hubspot\\.com/contacts/\\d+/record/0-3/${ids[0]}$`));
  });

  it('prints the problems as text for a person', async () => {
    const { path } = brokenSnapshot();
    const r = await kpi(['doctor', '--snapshot', path]);
    expect(r.stdout).toMatch(/^3 of 1000 deals have data problems:/);
    expect(r.stdout).toContain('1 × deal has an amount that is not a number (amount_not_a_number)');
  });
});
