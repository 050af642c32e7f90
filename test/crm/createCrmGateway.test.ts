import { EMPTY_MAPPING } from '../../src/domain/propertyMapping';
import type { HubSpotPipeline } from '../../src/domain/snapshot';
import { CrmError } from '../../src/crm/crmError';
import { createCrmGateway } from '../../src/crm/createCrmGateway';
import { taskObjectInput } from '../../src/crm/taskInput';
import type { FakePortal } from './fakeTransport';
import { createFakeTransport, fakeTime } from './fakeTransport';

const stage = (id: string, order: number, probability: string, isClosed: string) => ({ id, label: id, displayOrder: order, metadata: { probability, isClosed } });
const salesPipeline: HubSpotPipeline = {
  id: 'default',
  label: 'Sales',
  displayOrder: 0,
  stages: [stage('qualified', 0, '0.2', 'false'), stage('proposal', 1, '0.6', 'false'), stage('won', 2, '1.0', 'true'), stage('lost', 3, '0.0', 'true')],
};
const Q3 = { start: Date.parse('2026-07-01T00:00:00Z'), end: Date.parse('2026-10-01T00:00:00Z') };

function portal(): FakePortal {
  return {
    owners: [
      { id: '11', firstName: 'Li', lastName: 'Wei', email: 'li@example.com', userId: 901, teams: [{ id: 't1', name: 'East', primary: true }] },
      { id: '12', firstName: 'Ana', lastName: 'Silva', userId: 902, teams: [{ id: 't1', name: 'East' }] },
      { id: '13', firstName: 'Old', lastName: 'Rep', archived: true },
    ],
    pipelines: [salesPipeline],
    users: [{ id: '901', email: 'li@example.com', superAdmin: true }],
    objects: {
      deals: [
        { id: '1', properties: { hubspot_owner_id: '11', pipeline: 'default', dealstage: 'won', amount: '1200.50', closedate: '2026-08-15T00:00:00Z', hs_is_closed: 'true', hs_is_closed_won: 'true', hs_v2_date_entered_won: '2026-08-15T00:00:00Z' } },
        { id: '2', properties: { hubspot_owner_id: '11', pipeline: 'default', dealstage: 'proposal', amount: '800', closedate: '2026-09-30T00:00:00Z', hs_is_closed: 'false', hs_is_closed_won: 'false' } },
        { id: '3', properties: { hubspot_owner_id: '12', pipeline: 'default', dealstage: 'won', amount: '500', closedate: '2026-08-01T00:00:00Z', hs_is_closed: 'true', hs_is_closed_won: 'true' } },
        { id: '4', properties: { hubspot_owner_id: '11', pipeline: 'default', dealstage: 'won', amount: 'n/a', closedate: '2026-05-01T00:00:00Z', hs_is_closed: 'true', hs_is_closed_won: 'true' } },
      ],
      goal_targets: [
        { id: 'g1', properties: { hs_assignee_user_id: '901', hs_target_amount: '3000', hs_start_datetime: '2026-07-01T00:00:00Z', hs_end_datetime: '2026-10-01T00:00:00Z' } },
        { id: 'g2', properties: { hs_assignee_user_id: '901', hs_target_amount: '9000', hs_start_datetime: '2027-01-01T00:00:00Z', hs_end_datetime: '2027-04-01T00:00:00Z' } },
      ],
      meetings: [
        { id: 'm1', properties: { hubspot_owner_id: '11', hs_timestamp: '2026-07-02T09:00:00Z' } },
        { id: 'm2', properties: { hubspot_owner_id: '11', hs_timestamp: '2026-10-02T09:00:00Z' } },
      ],
    },
  };
}

function gateway(p = portal()) {
  const time = fakeTime(Date.parse('2026-09-01T00:00:00Z'));
  const transport = createFakeTransport(p);
  const gw = createCrmGateway({ accessToken: 'pat-test', transport, clock: time.clock, sleep: time.sleep, random: () => 0.5, cacheTtlMs: 60_000 });
  return { gw, transport, time };
}

describe('createCrmGateway', () => {
  it('reads all owner pages, active and deactivated, and builds teams from them', async () => {
    const { gw } = gateway();
    const { owners, teams } = await gw.owners();
    expect(owners.map((o) => [o.id, o.name, o.active])).toEqual([['11', 'Li Wei', true], ['12', 'Ana Silva', true], ['13', 'Old Rep', false]]);
    expect(teams).toEqual([{ id: 't1', name: 'East', memberOwnerIds: ['11', '12'] }]);
  });

  it('keeps owners and pipelines for the TTL, then reads them again', async () => {
    const { gw, transport, time } = gateway();
    await gw.owners();
    await gw.pipelines();
    await gw.owners();
    await gw.pipelines();
    const count = (op: string) => transport.calls.filter((c) => c.operation === op).length;
    expect([count('owners'), count('pipelines')]).toEqual([2, 1]);
    await time.sleep(60_001);
    await gw.owners();
    expect(count('owners')).toBe(4);
  });

  it('finds a rep\'s deals closing in Q3 in HubSpot\'s query, parsed into engine deals', async () => {
    const { gw, transport } = gateway();
    const issues: never[] = [];
    const deals = await gw.searchDeals({ ownerIds: ['11'], anyOf: [{ closedIn: Q3 }] }, EMPTY_MAPPING, issues);
    expect(deals.map((d) => [d.id, d.amount, d.outcome])).toEqual([['1', 1200.5, 'won'], ['2', 800, 'open']]);
    expect(deals[0]?.stageEnteredAt).toEqual({ won: Date.parse('2026-08-15T00:00:00Z') });
    const body = transport.calls.find((c) => c.operation === 'search deals')?.body;
    expect(body?.properties).toEqual(expect.arrayContaining(['amount', 'hs_v2_date_entered_proposal', 'hs_date_entered_proposal']));
  });

  it('reports an unreadable amount as a data issue and keeps it unknown', async () => {
    const { gw } = gateway();
    const issues: { id: string; field: string }[] = [];
    const deals = await gw.searchDeals({ ownerIds: ['11'], anyOf: [{ status: 'won' }] }, EMPTY_MAPPING, issues as never);
    expect(deals.find((d) => d.id === '4')?.amount).toBeNull();
    expect(issues).toEqual([expect.objectContaining({ id: '4', field: 'amount' })]);
  });

  it('answers goals overlapping the window and meetings inside it', async () => {
    const { gw } = gateway();
    expect((await gw.goals({ userIds: [901], window: Q3 })).map((g) => [g.id, g.amount])).toEqual([['g1', 3000]]);
    expect((await gw.meetings(['11'], Q3)).map((m) => m.id)).toEqual(['m1']);
  });

  it('answers null for a deal HubSpot does not have and for users it may not read', async () => {
    const p = portal();
    p.users = 'forbidden';
    const { gw } = gateway(p);
    expect(await gw.deal('999', EMPTY_MAPPING)).toBeNull();
    expect(await gw.users()).toBeNull();
    expect((await gw.deal('1', EMPTY_MAPPING))?.amount).toBe(1200.5);
  });

  it('tells whether a user is a super admin', async () => {
    const { gw } = gateway();
    expect(await gw.user('901')).toEqual({ id: '901', email: 'li@example.com', superAdmin: true });
    expect(await gw.user('555')).toBeNull();
  });

  it('creates a task for a manager on a deal and finds it again by subject', async () => {
    const { gw } = gateway();
    const task = await gw.createTask(taskObjectInput({ subject: 'Lead → opportunity below 30% (East)', ownerId: '11', dueAt: Date.parse('2026-09-08T00:00:00Z'), dealId: '2' }));
    expect(task.properties).toMatchObject({ hs_task_status: 'NOT_STARTED', hubspot_owner_id: '11', hs_timestamp: '2026-09-08T00:00:00.000Z' });
    expect((await gw.searchTasks({ ownerIds: ['11'], subject: 'Lead → opportunity below 30% (East)' })).map((t) => t.id)).toEqual([task.id]);
    await gw.updateTask(task.id, { hs_task_status: 'COMPLETED' });
    expect(await gw.searchTasks({ ownerIds: ['11'] })).toEqual([]);
  });

  it('retries a 429 storm and counts the attempts', async () => {
    const { gw, transport } = gateway();
    const storm = () => new CrmError({ kind: 'rate_limited', status: 429, message: 'secondly', retryAfterMs: 1000 });
    transport.failNext('search deals', storm(), storm(), storm());
    expect(await gw.searchDeals({ ownerIds: ['12'] }, EMPTY_MAPPING)).toHaveLength(1);
    expect(gw.stats()).toMatchObject({ retries: 3, rateLimited: 3 });
  });

  it('tries a task create again after a 429, never after a 5xx that may have created it', async () => {
    const { gw, transport } = gateway();
    const input = taskObjectInput({ subject: 'Weekly sales progress 2026-W48: East', ownerId: '11', dueAt: Date.parse('2026-11-30T07:30:00Z') });
    transport.failNext('create task', new CrmError({ kind: 'rate_limited', status: 429, message: 'secondly', retryAfterMs: 1000 }));
    expect((await gw.createTask(input)).properties.hs_task_subject).toBe('Weekly sales progress 2026-W48: East');
    transport.failNext('create task', new CrmError({ kind: 'unavailable', status: 504, message: 'gateway timeout' }));
    await expect(gw.createTask(input)).rejects.toMatchObject({ kind: 'unavailable', status: 504 });
    expect(transport.calls.filter((c) => c.operation === 'create task')).toHaveLength(3);
  });

  it('gives a typed CrmError when HubSpot stays down', async () => {
    const { gw, transport } = gateway();
    transport.failNext('pipelines', ...Array.from({ length: 6 }, () => new CrmError({ kind: 'unavailable', status: 502, message: 'bad gateway', correlationId: 'cid' })));
    await expect(gw.pipelines()).rejects.toMatchObject({ name: 'CrmError', kind: 'unavailable', status: 502, correlationId: 'cid' });
  });
});
