import { Client } from '@hubspot/api-client';
import type { Snapshot } from '../../src/domain/snapshot';
import type { CrmEmulator, RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import type { EmulatorOptions } from '../../src/emulator/emulatorOptions';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';

/**
 * A small portal a sales manager would recognise: Ann and Bob sell in the default
 * pipeline, Carl left (archived owner). Ann won 1,200.50 and 5,000 in Q1 2026 and lost one;
 * Bob won 3,000 in February and has two open deals; one deal has no owner.
 */
export const PORTAL_ID = 123;

const stage = (id: string, label: string, displayOrder: number, probability: string, isClosed: boolean) => ({
  id,
  label,
  displayOrder,
  metadata: { probability, isClosed: String(isClosed) },
});

const deal = (id: string, properties: Record<string, string>) => ({ id, properties });

export function smallSnapshot(): Snapshot {
  return {
    portal: { id: PORTAL_ID, timeZone: 'Asia/Shanghai', currency: 'CNY' },
    owners: [
      { id: '11', email: 'ann@example.com', firstName: 'Ann', lastName: 'Lee', userId: 901, archived: false, teams: [{ id: 't1', name: 'East', primary: true }] },
      { id: '12', email: 'bob@example.com', firstName: 'Bob', lastName: 'Wu', userId: 902, archived: false },
      { id: '13', email: 'carl@example.com', firstName: 'Carl', lastName: 'Ng', userId: 903, archived: true },
    ],
    pipelines: [
      {
        id: 'default',
        label: 'Sales Pipeline',
        displayOrder: 0,
        stages: [
          stage('appointmentscheduled', 'Appointment scheduled', 0, '0.2', false),
          stage('qualifiedtobuy', 'Qualified to buy', 1, '0.4', false),
          stage('closedwon', 'Closed won', 2, '1.0', true),
          stage('closedlost', 'Closed lost', 3, '0.0', true),
        ],
      },
    ],
    deals: [
      deal('101', { dealname: 'Acme renewal', amount: '1200.50', dealstage: 'closedwon', pipeline: 'default', hubspot_owner_id: '11', closedate: '2026-01-15T08:00:00.000Z', createdate: '2025-12-01T00:00:00.000Z', hs_is_closed_won: 'true', dealtype: 'existingbusiness', collected_amount: '1000' }),
      deal('102', { dealname: 'Globex new', amount: '5000', dealstage: 'closedwon', pipeline: 'default', hubspot_owner_id: '11', closedate: '2026-03-31T15:59:59.000Z', createdate: '2026-01-05T00:00:00.000Z', hs_is_closed_won: 'true', dealtype: 'newbusiness', collected_amount: '2500' }),
      deal('103', { dealname: 'Initech pilot', amount: '800', dealstage: 'closedlost', pipeline: 'default', hubspot_owner_id: '11', closedate: '2026-02-10T00:00:00.000Z', createdate: '2026-01-10T00:00:00.000Z', hs_is_closed_won: 'false' }),
      deal('104', { dealname: 'Umbrella expansion', amount: '3000', dealstage: 'closedwon', pipeline: 'default', hubspot_owner_id: '12', closedate: '2026-02-20T00:00:00.000Z', createdate: '2026-01-20T00:00:00.000Z', hs_is_closed_won: 'true', dealtype: 'newbusiness' }),
      deal('105', { dealname: 'Stark upgrade', amount: '9000', dealstage: 'qualifiedtobuy', pipeline: 'default', hubspot_owner_id: '12', closedate: '2026-06-30T00:00:00.000Z', createdate: '2026-03-01T00:00:00.000Z', hs_v2_date_entered_qualifiedtobuy: '2026-03-10T00:00:00.000Z' }),
      deal('106', { dealname: 'Wayne services', amount: '', dealstage: 'appointmentscheduled', pipeline: 'default', hubspot_owner_id: '12', closedate: '2026-07-15T00:00:00.000Z', createdate: '2026-03-05T00:00:00.000Z' }),
      deal('107', { dealname: 'Orphan lead', amount: '450', dealstage: 'appointmentscheduled', pipeline: 'default', createdate: '2026-03-07T00:00:00.000Z' }),
    ],
    goals: [
      { id: '501', properties: { hs_goal_name: 'Q1 quota', hs_target_amount: '6000', hs_start_datetime: '2026-01-01T00:00:00.000Z', hs_end_datetime: '2026-03-31T23:59:59.999Z', hs_assignee_user_id: '901' } },
    ],
    meetings: [
      { id: '601', properties: { hubspot_owner_id: '11', hs_timestamp: '2026-02-02T02:00:00.000Z', hs_meeting_title: 'Discovery' } },
      { id: '602', properties: { hubspot_owner_id: '12', hs_timestamp: '2026-02-03T02:00:00.000Z', hs_meeting_title: 'Demo' } },
    ],
    users: [
      { id: '901', email: 'ann@example.com', firstName: 'Ann', lastName: 'Lee', superAdmin: false, roleIds: [] },
      { id: '904', email: 'admin@example.com', superAdmin: true },
    ],
    tasks: [{ id: '701', properties: { hs_task_subject: 'Call Acme', hs_timestamp: '2026-03-01T00:00:00.000Z', hs_task_status: 'NOT_STARTED', hubspot_owner_id: '11' } }],
  };
}

/** `n` deals spread over `owners` owners and two years of close dates, deterministic. */
export function manyDealsSnapshot(n: number, owners = 50): Snapshot {
  const base = smallSnapshot();
  const ownerList = Array.from({ length: owners }, (_, i) => ({ id: String(1000 + i), email: `rep${i}@example.com`, userId: 5000 + i, archived: false }));
  const start = Date.UTC(2025, 0, 1);
  const deals = Array.from({ length: n }, (_, i) => ({
    id: String(10_000 + i),
    properties: {
      dealname: `Deal ${i}`,
      amount: String((i * 37) % 10_000),
      dealstage: i % 3 === 0 ? 'closedwon' : 'qualifiedtobuy',
      pipeline: 'default',
      hubspot_owner_id: String(1000 + (i % owners)),
      closedate: new Date(start + ((i * 7919) % 730) * 86_400_000).toISOString(),
      createdate: new Date(start - 86_400_000).toISOString(),
    },
  }));
  return { ...base, owners: ownerList, deals };
}

/** A started emulator and an SDK client pointed at it, with the SDK's retries and limiter off so raw answers show. */
export interface Harness {
  emulator: CrmEmulator;
  server: RunningEmulator;
  client: Client;
}

export async function startHarness(snapshot: Snapshot = smallSnapshot(), options: EmulatorOptions = {}): Promise<Harness> {
  const emulator = createCrmEmulator(snapshot, options);
  const server = await emulator.listen(0);
  return { emulator, server, client: sdkClient(server.url, DEMO_TOKEN) };
}

export const sdkClient = (url: string, accessToken: string): Client => new Client({ accessToken, basePath: url, numberOfApiCallRetries: 0 });

/** The status and body of a failed SDK call (ApiException carries `code` and `body`). */
export async function failure(call: Promise<unknown>): Promise<{ code: number; body: unknown; headers: Record<string, string> }> {
  try {
    await call;
  } catch (error) {
    const e = error as { code?: number; body?: unknown; headers?: Record<string, string> };
    return { code: e.code ?? -1, body: e.body, headers: e.headers ?? {} };
  }
  throw new Error('expected the call to fail');
}
