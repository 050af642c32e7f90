import type { DataIssue, PortalData, Stage } from './portal';
import type { Snapshot } from './snapshot';
import { snapshotSchema } from './snapshot';
import type { PropertyMapping } from './propertyMapping';
import { EMPTY_MAPPING } from './propertyMapping';
import type { Result } from './result';
import { err, ok } from './result';
import { toPipeline } from './toPipeline';
import { toDeal } from './toDeal';
import { teamsOf, toOwner } from './toOwner';
import { toGoal } from './toGoal';
import { toMeeting } from './toMeeting';
import { customerRecords, withAssociationsRead } from './customerRecords';

/** Kept for callers that import the record mappers from here; each lives in its own file. */
export { teamsOf, toGoal, toMeeting, toOwner };

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

/** Builds the engine's data model from a validated snapshot, reading every string once. */
export function portalFromSnapshot(snapshot: Snapshot, mapping: PropertyMapping = EMPTY_MAPPING): ParsedPortal {
  const issues: DataIssue[] = [];
  const pipelines = snapshot.pipelines.filter((p) => p.archived !== true).map((p) => toPipeline(p, issues));
  const stagesById = new Map<string, Stage>();
  for (const pipeline of pipelines) for (const stage of pipeline.stages) stagesById.set(stage.id, stage);
  const parsed = snapshot.deals.filter((d) => d.archived !== true).map((d) => toDeal(d, stagesById, mapping, issues));
  const deals = withAssociationsRead(parsed, snapshot.companies !== undefined, snapshot.lineItems !== undefined);
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
      ...customerRecords(snapshot.companies, snapshot.lineItems, deals, issues),
    },
  };
}
