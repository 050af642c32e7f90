import { demoSettings } from '../../src/emulator/demo/demoSettings';
import { kpiDetails } from '../../src/handlers/kpiDetails';
import { ownerScorecard } from '../../src/handlers/ownerScorecard';
import { newKpiEntry } from '../../src/settings/defaultSettings';
import type { Settings } from '../../src/settings/settingsSchema';
import type { Harness } from './handlerFixture';
import { PEOPLE, dataOf, demoData, harness, tempStores, viewerOf } from './handlerFixture';

const openStore = tempStores();
const data = demoData(3000);
const rep = PEOPLE.eastRep.ownerId;

function settings(): Settings {
  const base = demoSettings();
  const kpis = ['new_customers', 'repeat_purchase_rate', 'customer_retention_rate', 'key_account_share', 'customer_growth_rate', 'product_mix_share'].map((kpi, i) =>
    newKpiEntry(kpi as 'new_customers', i === 0 ? 20 : 16),
  );
  return { ...base, roles: { ...base.roles, rep: { kpis } }, growthComparison: 'previous_period', customerBaseTargets: [{ ownerId: rep, period: '2026-Q3', customers: 8 }] };
}

let h: Harness;
beforeAll(async () => {
  h = await harness(openStore, data, settings());
});

const open = (kpi: string) => kpiDetails({ ownerId: rep, period: '2026-Q3', kpi }, h.deps(viewerOf('eastManager')));

describe('how the customer and product KPIs were calculated', () => {
  it("lists the rep's customers of the quarter, marked new or repeat, adding up to the formula's inputs", async () => {
    const repeat = dataOf(await open('repeat_purchase_rate'));
    const [repeats, customers] = repeat.formula.inputs;
    expect([repeats?.name, customers?.name]).toEqual(['repeat_customers', 'customers']);
    expect(repeat.recordSet).toBe('customers');
    expect(repeat.records.every((r) => r.type === 'company' && r.url?.includes('/record/0-2/'))).toBe(true);
    expect(repeat.records).toHaveLength(customers?.value ?? -1);
    expect(repeat.records.filter((r) => r.mark === 'repeat')).toHaveLength(repeats?.value ?? -1);
    expect(repeat.actual).toBeCloseTo((repeats?.value ?? 0) / (customers?.value ?? 1), 10);
    const fresh = dataOf(await open('new_customers'));
    expect(fresh.actual).toBe(fresh.records.filter((r) => r.mark === 'new').length);
    const growth = dataOf(await open('customer_growth_rate'));
    expect(growth.formula.inputs).toEqual([{ name: 'new_customers', value: fresh.actual }, { name: 'target_base', value: 8 }]);
  });

  it('lists the comparison quarter’s customers for retention, kept or lost', async () => {
    const detail = dataOf(await open('customer_retention_rate'));
    const [kept, before] = detail.formula.inputs;
    expect(detail.recordSet).toBe('comparison_customers');
    expect(detail.records.filter((r) => r.mark === 'kept')).toHaveLength(kept?.value ?? -1);
    expect(detail.records).toHaveLength(before?.value ?? -1);
  });

  it("shows each customer's won amount and marks the key accounts whose amounts make the share's numerator", async () => {
    const detail = dataOf(await open('key_account_share'));
    const [keyWon, won] = detail.formula.inputs;
    const sum = (mark: string) => detail.records.filter((r) => r.mark === mark).reduce((s, r) => s + (r.amount ?? 0), 0);
    expect(sum('key_account')).toBeCloseTo(keyWon?.value ?? -1, 6);
    expect(sum('key_account') + sum('other_account')).toBeCloseTo(won?.value ?? -1, 6);
  });

  it("lists the won deals' line items, the strategic ones adding up to the numerator, each linking to its deal", async () => {
    const card = dataOf(await ownerScorecard({ ownerId: rep, period: '2026-Q3' }, h.deps(viewerOf('eastManager'))));
    const detail = dataOf(await open('product_mix_share'));
    const [strategic, total] = detail.formula.inputs;
    expect(detail.records.every((r) => r.type === 'line_item' && r.url?.includes('/record/0-3/'))).toBe(true);
    const sum = (mark: string) => detail.records.filter((r) => r.mark === mark).reduce((s, r) => s + (r.amount ?? 0), 0);
    expect(sum('strategic')).toBeCloseTo(strategic?.value ?? -1, 6);
    expect(sum('strategic') + sum('other_product')).toBeCloseTo(total?.value ?? -1, 6);
    expect(detail.actual).toBe(card.kpis.find((k) => k.id === 'product_mix_share')?.actual);
    expect(detail.actual).not.toBeNull();
  });
});
