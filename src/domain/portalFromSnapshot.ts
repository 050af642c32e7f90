import type { DataIssue, Goal, Meeting, Owner, PortalData, Stage, Team } from './portal';
import type { CrmObject, HubSpotOwner, Snapshot } from './snapshot';
import { snapshotSchema } from './snapshot';
import type { PropertyMapping } from './propertyMapping';
import { EMPTY_MAPPING } from './propertyMapping';
import type { Result } from './result';
import { err, ok } from './result';
import { parseAmount, parseInstant } from './parseValue';
import { toPipeline } from './toPipeline';
import { toDeal } from './toDeal';

export interface ParsedPortal {
  data: PortalData;
  /** Values that could not be read; each became unknown in `data`. */
  issues: DataIssue[];
}

/** Validates the JSON shape of a snapshot; a wrong shape is refused with its path. */
export function parseSnapshot(json: unknown): Result<Snapshot> {
  const parsed = snapshotSchema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  const first = parsed.error.issues[0];
  const where = first && first.path.length > 0 ? first.path.join('.') : 'snapshot';
  return err(`${where}: ${first?.message ?? 'invalid snapshot'}`);
}

export function toOwner(raw: HubSpotOwner): Owner {
  const teams = raw.teams ?? [];
  const name = [raw.firstName, raw.lastName].filter(Boolean).join(' ').trim();
  return {
    id: raw.id,
    userId: raw.userId ?? null,
    email: raw.email ?? null,
    name: name || raw.email || `Owner ${raw.id}`,
    teamIds: teams.map((t) => t.id),
    primaryTeamId: teams.find((t) => t.primary)?.id ?? teams[0]?.id ?? null,
    active: raw.archived !== true,
  };
}

export function teamsOf(owners: HubSpotOwner[]): Team[] {
  const teams = new Map<string, Team>();
  for (const owner of owners) {
    if (owner.archived === true) continue;
    for (const t of owner.teams ?? []) {
      const team = teams.get(t.id) ?? { id: t.id, name: t.name, memberOwnerIds: [] };
      team.memberOwnerIds.push(owner.id);
      teams.set(t.id, team);
    }
  }
  return [...teams.values()];
}

function readOr<T>(obj: CrmObject, kind: DataIssue['object'], field: string, parse: (raw: string | null | undefined) => Result<T | null>, issues: DataIssue[]): T | null {
  const r = parse(obj.properties[field]);
  if (r.ok) return r.value;
  issues.push({ object: kind, id: obj.id, field, value: String(obj.properties[field]), reason: r.error });
  return null;
}

/** HubSpot goal targets (`goal_targets`): assigned to a user id, with a target amount and a window. */
export function toGoal(raw: CrmObject, issues: DataIssue[]): Goal {
  const user = readOr(raw, 'goal', 'hs_assignee_user_id', parseAmount, issues);
  const team = raw.properties.hs_assignee_team_id;
  return {
    id: raw.id,
    name: raw.properties.hs_goal_name ?? null,
    userId: user === null ? null : Math.trunc(user),
    teamId: team ? team : null,
    amount: readOr(raw, 'goal', 'hs_target_amount', parseAmount, issues),
    startAt: readOr(raw, 'goal', 'hs_start_datetime', parseInstant, issues),
    endAt: readOr(raw, 'goal', 'hs_end_datetime', parseInstant, issues),
  };
}

export function toMeeting(raw: CrmObject, issues: DataIssue[]): Meeting {
  return {
    id: raw.id,
    ownerId: raw.properties.hubspot_owner_id || null,
    at: readOr(raw, 'meeting', 'hs_timestamp', parseInstant, issues),
  };
}

/** Builds the engine's data model from a validated snapshot, reading every string once. */
export function portalFromSnapshot(snapshot: Snapshot, mapping: PropertyMapping = EMPTY_MAPPING): ParsedPortal {
  const issues: DataIssue[] = [];
  const pipelines = snapshot.pipelines.filter((p) => p.archived !== true).map((p) => toPipeline(p, issues));
  const stagesById = new Map<string, Stage>();
  for (const pipeline of pipelines) for (const stage of pipeline.stages) stagesById.set(stage.id, stage);
  const deals = snapshot.deals.filter((d) => d.archived !== true).map((d) => toDeal(d, stagesById, mapping, issues));
  return {
    issues,
    data: {
      portal: snapshot.portal,
      owners: snapshot.owners.map(toOwner),
      teams: teamsOf(snapshot.owners),
      pipelines,
      deals,
      goals: snapshot.goals ? snapshot.goals.filter((g) => g.archived !== true).map((g) => toGoal(g, issues)) : null,
      meetings: snapshot.meetings ? snapshot.meetings.map((m) => toMeeting(m, issues)) : null,
      users: snapshot.users ? snapshot.users.map((u) => ({ id: u.id, email: u.email ?? null, superAdmin: u.superAdmin === true })) : null,
    },
  };
}
