import type { Deal, Owner, Pipeline, PortalData, Team } from '../../src/domain/portal';

/** A small hand-made portal: one pipeline, owners in teams, deals set by the tests. */
export const at = (isoDate: string): number => Date.parse(`${isoDate}T12:00:00Z`);

export const pipeline: Pipeline = {
  id: 'sales',
  label: 'Sales',
  displayOrder: 0,
  stages: [
    { id: 'lead', label: 'Lead', displayOrder: 0, probability: 0.1, isClosed: false, outcome: 'open' },
    { id: 'proposal', label: 'Proposal', displayOrder: 1, probability: 0.6, isClosed: false, outcome: 'open' },
    { id: 'won', label: 'Closed won', displayOrder: 2, probability: 1, isClosed: true, outcome: 'won' },
    { id: 'lost', label: 'Closed lost', displayOrder: 3, probability: 0, isClosed: true, outcome: 'lost' },
  ],
};

export function owner(id: string, teamIds: string[], active = true): Owner {
  return { id, userId: null, email: `${id}@example.com`, name: id, teamIds, primaryTeamId: teamIds[0] ?? null, active };
}

let seq = 0;
export function closedDeal(ownerId: string, outcome: 'won' | 'lost', amount: number, closed: string): Deal {
  seq += 1;
  return {
    id: `d${seq}`,
    name: null,
    pipelineId: 'sales',
    stageId: outcome,
    ownerId,
    amount,
    createdAt: at(closed) - 30 * 86_400_000,
    closedAt: at(closed),
    outcome,
    dealType: 'newbusiness',
    stageEnteredAt: { lead: at(closed) - 30 * 86_400_000, [outcome]: at(closed) },
    collectedAmount: null,
    grossMargin: null,
    expense: null,
    forecastAmount: null,
    companyIds: null,
    lineItemIds: null,
    segmentValue: null,
    issues: [],
  };
}

export function portalOf(owners: Owner[], deals: Deal[]): PortalData {
  const teams = new Map<string, Team>();
  for (const o of owners) {
    for (const t of o.teamIds) {
      const team = teams.get(t) ?? { id: t, name: t, memberOwnerIds: [] };
      team.memberOwnerIds.push(o.id);
      teams.set(t, team);
    }
  }
  return {
    portal: { id: 1, timeZone: 'UTC', currency: 'CNY' },
    owners,
    teams: [...teams.values()],
    pipelines: [pipeline],
    deals,
    goals: [],
    meetings: [],
    users: [],
  };
}
