import type { SnapshotInput } from '../../domain/snapshot';
import type { Calendar } from '../../domain/period';
import { createRng } from './prng';
import { demoRoster } from './demoRoster';
import { demoOwners, demoUsers } from './demoOwners';
import { demoPipelines } from './demoPipelines';
import { demoRepProfiles } from './demoRepProfiles';
import { demoDeals } from './demoDeals';
import { demoGoals } from './demoGoals';
import { demoMeetings } from './demoMeetings';
import { DEMO_TIER_DEFINITION, demoCustomers } from './demoCustomers';
import { HISTORY_MS, YEAR_MS, iso } from './demoTime';

export interface DemoOptions {
  /** How many deals (the bench goes to 1,000,000). */
  deals: number;
  seed: number;
  /** The demo's "now", epoch ms: every date lies before it, open deals close after it. */
  asOf: number;
}

export const DEMO_PORTAL = { id: 20260001, timeZone: 'Asia/Shanghai', currency: 'CNY', uiDomain: 'app.hubspot.com' } as const;
export const DEMO_CALENDAR: Calendar = { timeZone: DEMO_PORTAL.timeZone, fiscalYearStartMonth: 1 };

/** Independent random streams, so that e.g. the deal count does not change the reps' names. */
const STREAM = { roster: 1, profiles: 2, deals: 3, meetings: 4, customers: 5 } as const;

/**
 * A demo portal in snapshot form (design.md "The portal snapshot"): a director, three teams
 * (one with a leaky first funnel stage), a RevOps admin, two pipelines, quarterly quotas,
 * meetings and two years of deals with their companies and the won ones' line items. The same (deals, seed, asOf) always gives the same
 * snapshot, in the same order; nothing reads the clock or Math.random.
 */
export function generateDemoSnapshot(options: DemoOptions): SnapshotInput {
  const { deals, seed, asOf } = options;
  if (!Number.isInteger(deals) || deals < 0) throw new RangeError(`deals must be a whole number ≥ 0, got ${deals}`);
  if (!Number.isFinite(asOf)) throw new RangeError('asOf must be a time in epoch milliseconds');
  const roster = demoRoster(createRng(seed, STREAM.roster));
  const reps = demoRepProfiles(createRng(seed, STREAM.profiles), roster);
  const customers = demoCustomers(createRng(seed, STREAM.customers), demoDeals(createRng(seed, STREAM.deals), reps, deals, asOf));
  return {
    portal: { ...DEMO_PORTAL },
    owners: demoOwners(roster, asOf),
    pipelines: demoPipelines(iso(asOf - HISTORY_MS - YEAR_MS)),
    deals: customers.deals,
    goals: demoGoals(reps, deals, asOf, DEMO_CALENDAR),
    meetings: demoMeetings(createRng(seed, STREAM.meetings), reps, asOf),
    users: demoUsers(roster),
    tasks: [],
    companies: customers.companies,
    lineItems: customers.lineItems,
    propertyDefinitions: { companies: [DEMO_TIER_DEFINITION] },
  };
}
