import { parseSnapshot, portalFromSnapshot } from '../../src/domain/portalFromSnapshot';
import type { SnapshotInput } from '../../src/domain/snapshot';

const stage = (id: string, order: number, probability: string, isClosed: string) => ({
  id,
  label: id,
  displayOrder: order,
  metadata: { probability, isClosed },
});

function snapshot(deals: SnapshotInput['deals'], extra: Partial<SnapshotInput> = {}): SnapshotInput {
  return {
    portal: { id: 1, timeZone: 'Asia/Shanghai', currency: 'CNY' },
    owners: [
      { id: '10', email: 'li@example.com', firstName: 'Li', lastName: 'Na', userId: 500, teams: [{ id: 't1', name: 'East', primary: true }] },
      { id: '11', email: 'old@example.com', userId: 501, archived: true, teams: [{ id: 't1', name: 'East' }] },
    ],
    pipelines: [
      {
        id: 'p',
        label: 'New business',
        displayOrder: 0,
        stages: [stage('won', 3, '1.0', 'true'), stage('lead', 0, '0.1', 'false'), stage('lost', 4, '0.0', 'true'), stage('demo', 1, '0.4', 'false')],
      },
    ],
    deals,
    ...extra,
  };
}

function parse(input: SnapshotInput) {
  const checked = parseSnapshot(input);
  if (!checked.ok) throw new Error(checked.error);
  return portalFromSnapshot(checked.value);
}

describe('building the engine data from a portal snapshot (kpi-spec §2)', () => {
  it('orders stages by displayOrder and tells won from lost by probability', () => {
    const { data } = parse(snapshot([]));
    expect(data.pipelines[0]?.stages.map((s) => `${s.id}:${s.outcome}`)).toEqual(['lead:open', 'demo:open', 'won:won', 'lost:lost']);
  });

  it('prefers the home-currency amount and reads every string once', () => {
    const { data, issues } = parse(
      snapshot([
        {
          id: '1',
          properties: {
            amount: '1000',
            amount_in_home_currency: '7100.5',
            pipeline: 'p',
            dealstage: 'won',
            hubspot_owner_id: '10',
            closedate: '2026-03-31T20:00:00.000Z',
            hs_is_closed_won: 'true',
            hs_is_closed: 'true',
            dealtype: 'newbusiness',
          },
        },
      ]),
    );
    expect(issues).toEqual([]);
    expect(data.deals[0]).toMatchObject({ amount: 7100.5, outcome: 'won', ownerId: '10', closedAt: Date.parse('2026-03-31T20:00:00Z') });
  });

  it('reports a bad value with the deal id and field, and keeps it unknown instead of NaN or 0', () => {
    const { data, issues } = parse(snapshot([{ id: '42', properties: { amount: '12,000', closedate: 'soon', pipeline: 'p', dealstage: 'lead' } }]));
    expect(data.deals[0]?.amount).toBeNull();
    expect(data.deals[0]?.closedAt).toBeNull();
    expect(issues).toEqual([
      expect.objectContaining({ object: 'deal', id: '42', field: 'amount', value: '12,000' }),
      expect.objectContaining({ object: 'deal', id: '42', field: 'closedate', value: 'soon' }),
    ]);
  });

  it('uses hs_v2_date_entered_* and falls back to the legacy hs_date_entered_* per stage', () => {
    const { data } = parse(
      snapshot([
        {
          id: '7',
          properties: {
            pipeline: 'p',
            dealstage: 'demo',
            hs_v2_date_entered_demo: '2026-02-01T00:00:00.000Z',
            hs_date_entered_demo: '2026-01-15T00:00:00.000Z',
            hs_date_entered_lead: '1767225600000',
          },
        },
      ]),
    );
    expect(data.deals[0]?.stageEnteredAt).toEqual({ demo: Date.parse('2026-02-01T00:00:00Z'), lead: 1767225600000 });
    expect(data.deals[0]?.outcome).toBe('open');
  });

  it('keeps absent collections unknown and empty ones empty, and builds teams from active owners', () => {
    const absent = parse(snapshot([])).data;
    expect(absent.goals).toBeNull();
    expect(absent.meetings).toBeNull();
    const empty = parse(snapshot([], { goals: [], meetings: [] })).data;
    expect(empty.goals).toEqual([]);
    expect(empty.teams).toEqual([{ id: 't1', name: 'East', memberOwnerIds: ['10'] }]);
    expect(empty.owners.find((o) => o.id === '11')?.active).toBe(false);
  });

  it('refuses a snapshot of the wrong shape, naming where', () => {
    const bad = parseSnapshot({ portal: { id: 1 }, owners: [], pipelines: [], deals: [{ id: '1', properties: { amount: 5 } }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/^deals\.0\.properties\.amount/);
  });
});
