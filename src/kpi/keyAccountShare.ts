import type { Company, Deal } from '../domain/portal';
import type { KeyAccounts } from '../settings/settingsSchema';
import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing } from './kpiValue';
import { companiesById, customerWins } from './customerWins';
import { customerGaps } from './customerGaps';
import { knownWonAmount, ratioOrMissing, totalsOf } from './kpiInputs';
import { labelOf } from './kpiPeriod';

/** Whether the deal's customer (its primary company) is a key account; null when it was not read with the property. */
function isKeyAccountDeal(deal: Deal, companies: ReadonlyMap<string, Company>, keys: KeyAccounts): boolean | null {
  const value = companies.get(deal.companyIds?.[0] ?? '')?.properties[keys.property];
  if (value === undefined) return null;
  return value !== null && keys.values.includes(value);
}

/**
 * key_account_share (重点客户销售额占比, kpi-spec §4): won amount of the deals with a key account
 * / won amount in P. A deal counts as a key account's when its customer (primary company) is
 * one: the company property the admin names holds one of the named values. A company with the
 * property empty is not a key account; one whose property was not read is unknown.
 */
export function keyAccountShare(ctx: KpiContext): KpiValue {
  const id = 'key_account_share';
  const keys = ctx.settings.keyAccounts;
  if (keys === null) return kpiMissing(id, 'not_configured', 'choose the company property and the values that mark key accounts in the settings');
  const won = knownWonAmount(id, totalsOf(ctx), ctx.period);
  if (!won.ok) return won.error;
  const wins = customerWins(ctx);
  const gap = customerGaps(id, wins, ctx);
  if (gap) return gap;
  const companies = companiesById(ctx) ?? new Map<string, Company>();
  let keyAmount = 0;
  let unknown = 0;
  for (const deal of wins.won) {
    const key = isKeyAccountDeal(deal, companies, keys);
    if (key === null) unknown++;
    else if (key) keyAmount += deal.amount ?? 0;
  }
  if (unknown > 0) {
    return kpiMissing(id, 'insufficient_data', `the companies of ${unknown} of ${wins.won.length} deals won in ${labelOf(ctx.period)} were read without the property ${keys.property}`);
  }
  return ratioOrMissing(id, keyAmount, won.value, `nothing was won in ${labelOf(ctx.period)}`);
}
