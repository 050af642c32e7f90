import { parseSnapshot, portalFromSnapshot } from '../../src/domain/portalFromSnapshot';
import type { PortalData } from '../../src/domain/portal';
import type { SnapshotInput } from '../../src/domain/snapshot';
import { defaultSettings } from '../../src/settings/defaultSettings';
import type { Settings } from '../../src/settings/settingsSchema';

/**
 * A small portal worked by hand (UTC, fiscal year = calendar year, today 23 Nov 2026 02:00):
 * - East team: Ann and Bob sell, Mia manages (settings); West team: Carl. Dora is the
 *   director; Eve is a HubSpot super admin with no owner record; user 99 is nobody.
 * - Ann's Q4 quota is 100,000 (settings). She won 60,000 and 50,000 in Q4 (renewals
 *   pipeline): 110% of quota. Her open deal "Globex expansion" (20,000) has sat in
 *   "Appointment scheduled" since 13 Nov, 10 days.
 * - Bob's history in the sales pipeline (September): 10 won deals that spent 1, 2, …, 10 days in
 *   "Appointment scheduled" (PERCENTILE.INC 80% = 1 + 0.8 × 9 = 8.2 days: Ann's deal is
 *   stalled) and 5 lost ones: 10 of 15 closed deals that reached the stage won (66.7%). An
 *   older won deal (April, 60 days in the stage) lies outside the card's 90-day history.
 * - Commission (defaults): 5%, and 6% above 120% of quota, marginal. Now 110,000 × 5% = 5,500;
 *   after Globex 130,000: 120,000 × 5% + 10,000 × 6% = 6,600; the deal adds 1,100.
 */
export const ANN = { ownerId: '1', userId: 101 };
export const BOB = { ownerId: '2', userId: 102 };
export const MIA = { ownerId: '3', userId: 103 };
export const CARL = { ownerId: '4', userId: 104 };
export const DORA = { ownerId: '5', userId: 105 };
export const EVE_USER_ID = 106;
export const NOBODY_USER_ID = 99;
export const ANN_PORTAL_ID = 777;
export const GLOBEX = '9001';
export const ANN_AS_OF = Date.parse('2026-11-23T02:00:00.000Z');

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();
const stage = (id: string, label: string, displayOrder: number, probability: string, isClosed: boolean) => ({
  id,
  label,
  displayOrder,
  metadata: { probability, isClosed: String(isClosed) },
});
const owner = (p: { ownerId: string; userId: number }, firstName: string, team: { id: string; name: string } | null) => ({
  id: p.ownerId,
  email: `${firstName.toLowerCase()}@example.com`,
  firstName,
  lastName: 'Test',
  userId: p.userId,
  archived: false,
  teams: team === null ? [] : [{ ...team, primary: true }],
});

function bobsHistory(): SnapshotInput['deals'] {
  const entered = Date.parse('2026-09-01T00:00:00.000Z');
  const won = Array.from({ length: 10 }, (_, i) => ({
    id: String(100 + i),
    properties: {
      dealname: `Won ${i + 1}`,
      amount: '1000',
      pipeline: 'default',
      dealstage: 'closedwon',
      hubspot_owner_id: BOB.ownerId,
      createdate: iso(entered),
      closedate: iso(entered + (i + 1) * DAY),
      hs_is_closed: 'true',
      hs_is_closed_won: 'true',
      hs_v2_date_entered_appointmentscheduled: iso(entered),
      hs_v2_date_entered_closedwon: iso(entered + (i + 1) * DAY),
    },
  }));
  const lost = Array.from({ length: 5 }, (_, i) => ({
    id: String(200 + i),
    properties: {
      dealname: `Lost ${i + 1}`,
      amount: '1000',
      pipeline: 'default',
      dealstage: 'closedlost',
      hubspot_owner_id: BOB.ownerId,
      createdate: iso(entered),
      closedate: iso(entered + 19 * DAY),
      hs_is_closed: 'true',
      hs_is_closed_won: 'false',
      hs_v2_date_entered_appointmentscheduled: iso(entered),
      hs_v2_date_entered_closedlost: iso(entered + 19 * DAY),
    },
  }));
  // Closed in April, before the card's 90-day history: its 60 days in stage must not move the line.
  const old = { ...won[0]!, id: '150', properties: { ...won[0]!.properties, closedate: '2026-04-30T00:00:00.000Z', hs_v2_date_entered_appointmentscheduled: '2026-03-01T00:00:00.000Z', hs_v2_date_entered_closedwon: '2026-04-30T00:00:00.000Z' } };
  return [...won, ...lost, old];
}

const annWon = (id: string, amount: string, closedate: string) => ({
  id,
  properties: { dealname: `Renewal ${id}`, amount, pipeline: 'renewals', dealstage: 'renewalwon', hubspot_owner_id: ANN.ownerId, createdate: '2026-09-01T00:00:00.000Z', closedate, hs_is_closed: 'true', hs_is_closed_won: 'true', dealtype: 'existingbusiness' },
});

export function annSnapshot(): SnapshotInput {
  const east = { id: 't1', name: 'East' };
  return {
    portal: { id: ANN_PORTAL_ID, timeZone: 'UTC', currency: 'EUR' },
    owners: [owner(ANN, 'Ann', east), owner(BOB, 'Bob', east), owner(MIA, 'Mia', east), owner(CARL, 'Carl', { id: 't2', name: 'West' }), owner(DORA, 'Dora', null)],
    pipelines: [
      { id: 'default', label: 'Sales', displayOrder: 0, stages: [stage('appointmentscheduled', 'Appointment scheduled', 0, '0.2', false), stage('closedwon', 'Closed won', 1, '1.0', true), stage('closedlost', 'Closed lost', 2, '0.0', true)] },
      { id: 'renewals', label: 'Renewals', displayOrder: 1, stages: [stage('renewal', 'Renewal due', 0, '0.5', false), stage('renewalwon', 'Renewed', 1, '1.0', true), stage('renewallost', 'Churned', 2, '0.0', true)] },
    ],
    deals: [
      ...bobsHistory(),
      annWon('301', '60000', '2026-10-15T00:00:00.000Z'),
      annWon('302', '50000', '2026-11-10T00:00:00.000Z'),
      {
        id: GLOBEX,
        properties: { dealname: 'Globex expansion', amount: '20000', pipeline: 'default', dealstage: 'appointmentscheduled', hubspot_owner_id: ANN.ownerId, createdate: '2026-11-13T02:00:00.000Z', closedate: '2026-12-20T00:00:00.000Z', hs_is_closed: 'false', hs_is_closed_won: 'false', hs_v2_date_entered_appointmentscheduled: '2026-11-13T02:00:00.000Z' },
      },
      { id: '9002', properties: { dealname: 'Orphan', amount: '500', pipeline: 'default', dealstage: 'appointmentscheduled', createdate: '2026-11-20T00:00:00.000Z', hs_is_closed: 'false' } },
    ],
    goals: [],
    users: [{ id: String(EVE_USER_ID), email: 'eve@example.com', superAdmin: true }],
  };
}

export function annData(): PortalData {
  const parsed = parseSnapshot(annSnapshot());
  if (!parsed.ok) throw new Error(parsed.error);
  return portalFromSnapshot(parsed.value).data;
}

export function annSettings(): Settings {
  return {
    ...defaultSettings(),
    teams: [{ teamId: 't1', managerOwnerIds: [MIA.ownerId] }],
    directorOwnerIds: [DORA.ownerId],
    quotas: [{ ownerId: ANN.ownerId, period: '2026-Q4', amount: 100_000, split: 'even' }],
  };
}
