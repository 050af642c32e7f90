import type { CrmObject } from '../domain/snapshot';
import { ASSOCIATION_BATCH_SIZE } from './associationReads';
import type { HubSpotRecords } from './crmClient';
import { CrmError } from './crmError';
import { readCompanyWins, RECORD_BATCH_SIZE } from './readCompanyWins';
import type { CustomerProperties } from './readCustomers';
import { readCustomers } from './readCustomers';
import { currentRequestBudget, remainingMs } from './requestBudget';

/**
 * How much a live scorecard may spend on its deals' customers: a rep's or a small team's
 * window (one associations request for each of companies and line items), a few dozen requests
 * of the 190 per 10 s HubSpot allows, and only while the request's budget leaves time for the
 * round trips still to come. Past these the read is not made, and the customer KPIs keep
 * saying that they need the backend's mirror.
 */
export interface LiveCustomerLimits {
  maxDeals: number;
  maxRequests: number;
  /** A generous round trip of one batch request: what the budget must still hold for each one left. */
  roundTripMs: number;
}

export const LIVE_CUSTOMER_LIMITS: LiveCustomerLimits = { maxDeals: ASSOCIATION_BATCH_SIZE, maxRequests: 24, roundTripMs: 1_000 };

export interface LiveCustomers {
  /** The window's deals with their companies and (won ones) line items. */
  deals: CrmObject[];
  companies: CrmObject[];
  lineItems: CrmObject[];
  /** The customers' other won deals (any owner, any time) with their companies; null: not read, first purchases unknown. */
  otherWins: CrmObject[] | null;
}

const batches = (n: number, size: number) => Math.ceil(n / size);

/**
 * The live read of a scorecard's customers (docs/kpis.md "Customers and products"), planned
 * before each step: null when the window is too large or the budget too short for it, so the
 * KPIs answer as before instead of the card running out of time; a HubSpot refusal for time
 * (deadline_exceeded, too_large) is the same answer.
 */
export async function readLiveCustomers(
  records: HubSpotRecords,
  deals: readonly CrmObject[],
  properties: CustomerProperties,
  dealProperties: readonly string[],
  limits: LiveCustomerLimits = LIVE_CUSTOMER_LIMITS,
): Promise<LiveCustomers | null> {
  const budget = currentRequestBudget();
  const timeFor = (roundTrips: number) => remainingMs(budget) >= roundTrips * limits.roundTripMs;
  if (deals.length > limits.maxDeals || !timeFor(4)) return null;
  const read = await unlessOutOfTime(() => readCustomers(records, deals, properties));
  if (read === null) return null;
  const customerIds = customersOfWins(read.deals);
  let used = 2 + batches(read.companies.length, RECORD_BATCH_SIZE) + batches(read.lineItems.length, RECORD_BATCH_SIZE) + batches(customerIds.length, ASSOCIATION_BATCH_SIZE);
  const afford = (requests: number) => {
    used += requests;
    return used <= limits.maxRequests && timeFor(2);
  };
  const otherWins = used > limits.maxRequests || !timeFor(3)
    ? null
    : await unlessOutOfTime(() => readCompanyWins(records, customerIds, new Set(deals.map((d) => d.id)), dealProperties, afford));
  return { ...read, otherWins };
}

/** Every company associated with a won deal of the window: the customers whose first purchase the KPIs ask for. */
function customersOfWins(deals: readonly CrmObject[]): string[] {
  const ids = deals.filter((d) => d.properties.hs_is_closed_won === 'true').flatMap((d) => d.associations?.companies?.results.map((r) => r.id) ?? []);
  return [...new Set(ids)];
}

async function unlessOutOfTime<T>(read: () => Promise<T>): Promise<T | null> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof CrmError && (error.kind === 'deadline_exceeded' || error.kind === 'too_large')) return null;
    throw error;
  }
}
