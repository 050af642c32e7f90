import { AS_OF, AS_OF_ISO, cliFixture, expectOneLineError, kpi } from './cliFixture';
import { dealKpis } from '../../src/handlers/dealKpis';
import { systemRunner } from '../../src/handlers/handlerDeps';
import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { dataOf, harness, tempStores } from '../handlers/handlerFixture';

const fx = cliFixture(1500);
const openStore = tempStores();
const args = (dealId: string, ...more: string[]) => ['deal', '--snapshot', fx.snapshotPath, '--deal', dealId, '--as-of', AS_OF_ISO, '--settings', fx.settingsPath, ...more];

describe('kpi deal --json', () => {
  it("prints the deal card's numbers exactly as the dealKpis handler gives them to an admin", async () => {
    const h = await harness(openStore, fx.data, demoSettings());
    const open = fx.data.deals.filter((d) => d.outcome === 'open' && d.ownerId !== null && d.amount !== null).slice(0, 3);
    const won = fx.data.deals.find((d) => d.outcome === 'won' && d.ownerId !== null);
    for (const deal of [...open, ...(won ? [won] : [])]) {
      const r = await kpi(args(deal.id, '--json'));
      expect(r.code).toBe(0);
      const card = dataOf(await dealKpis({ dealId: deal.id }, h.deps(systemRunner(fx.data.portal.id, 'kpi deal test'), undefined, AS_OF)));
      expect(JSON.parse(r.stdout)).toEqual(card);
    }
  });

  it('shows stage, days in stage against the stalled line, win chance, attainment and commission as text', async () => {
    const deal = fx.data.deals.find((d) => d.outcome === 'open' && d.ownerId !== null && d.amount !== null);
    const r = await kpi(args(deal?.id ?? ''));
    expect(r.stdout).toMatch(/^Deal .+ \(\d+\), .+ \/ .+, open\nDays in stage \d+\.\d; stalled line .+ days; stalled (yes|no|—)\nWin chance /);
    expect(r.stdout).toMatch(/\nAttainment \d{4}-Q\d: .+ now → .+ if won/);
  });

  it('refuses a deal the snapshot does not have', async () => {
    expectOneLineError(await kpi(args('999')), /unknown deal "999"/);
  });
});
