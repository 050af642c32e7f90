import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import type { KpiId } from './catalog';
import type { KpiContext, KpiSubject } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing, kpiOk } from './kpiValue';
import { knownWonAmount, totalsOf, unknownOnWon, unmapped } from './kpiInputs';
import { labelOf } from './kpiPeriod';
import { quotaFor } from './quotaFor';

/** The subject's target for the context's period, or why the KPI cannot be scored. */
export function targetOf(id: KpiId, ctx: KpiContext, subject: KpiSubject = ctx.subject): Result<number, KpiValue> {
  const quota = quotaFor(subject, ctx.period, ctx);
  if (quota.amount === null) return err(kpiMissing(id, 'not_configured', quota.reason ?? `no target for ${labelOf(ctx.period)}`));
  if (quota.amount === 0) return err(kpiMissing(id, 'not_configured', `the target for ${labelOf(ctx.period)} is 0`));
  return ok(quota.amount);
}

/** revenue_attainment (销售额达成率, kpi-spec §4): won amount in P / target for P. */
export function revenueAttainment(ctx: KpiContext): KpiValue {
  const won = knownWonAmount('revenue_attainment', totalsOf(ctx), ctx.period);
  if (!won.ok) return won.error;
  const target = targetOf('revenue_attainment', ctx);
  return target.ok ? kpiOk('revenue_attainment', won.value / target.value) : target.error;
}

/**
 * The team a team KPI is about. A team or department subject is itself; for a single owner it
 * is the teams in scope, else the owner's HubSpot teams (a rep sees their team's attainment).
 */
export function teamSubject(ctx: KpiContext): KpiSubject | null {
  const s = ctx.subject;
  if (s.kind !== 'owner') return s;
  const owner = s.id === null ? undefined : ctx.index.ownersById.get(s.id);
  const teamIds = s.teamIds.length > 0 ? s.teamIds : (owner?.teamIds ?? []);
  if (teamIds.length === 0) return null;
  const ownerIds = new Set<string>();
  for (const teamId of teamIds) for (const id of ctx.index.teamsById.get(teamId)?.memberOwnerIds ?? []) ownerIds.add(id);
  return { kind: 'team', id: teamIds[0] ?? null, ownerIds: [...ownerIds], teamIds };
}

/** team_attainment (团队目标达成率, kpi-spec §4): Σ team won / Σ team targets (see quotaFor). */
export function teamAttainment(ctx: KpiContext): KpiValue {
  const subject = teamSubject(ctx);
  if (subject === null) return kpiMissing('team_attainment', 'not_configured', 'the owner is in no team');
  const teamCtx = subject === ctx.subject ? ctx : { ...ctx, subject };
  const won = knownWonAmount('team_attainment', totalsOf(teamCtx), ctx.period);
  if (!won.ok) return won.error;
  const target = targetOf('team_attainment', teamCtx, subject);
  return target.ok ? kpiOk('team_attainment', won.value / target.value) : target.error;
}

/**
 * collection_attainment (回款达成率, kpi-spec §4): collected amount on the deals won in P /
 * target for P. HubSpot has no collection date, so collections count with their deal's close.
 */
export function collectionAttainment(ctx: KpiContext): KpiValue {
  const id = 'collection_attainment';
  const notMapped = unmapped(id, ctx.settings.propertyMapping.collectedAmount, 'collected amount (回款额)');
  if (notMapped) return notMapped;
  const t = totalsOf(ctx);
  const unknown = unknownOnWon(id, t.collectedUnknown, t, ctx.period, 'collected amount');
  if (unknown) return unknown;
  const target = targetOf(id, ctx);
  return target.ok ? kpiOk(id, t.collected / target.value) : target.error;
}
