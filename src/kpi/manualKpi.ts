import type { ManualScore } from '../domain/portal';
import type { ManualKpiId } from './catalog';
import type { KpiContext } from './kpiContext';
import type { KpiValue } from './kpiValue';
import { kpiMissing, kpiOk } from './kpiValue';
import { labelOf } from './kpiPeriod';
import { combine360 } from './combine360';

/**
 * manual:<key> (客户满意度, NPS, 合规性, 团队协作, 360; kpi-spec §2, §4): the score 0–100 entered
 * for the subject's owner and the period (its label, e.g. "2026-Q2"), 360 sources combined by
 * combine360. For a team or department, the mean of the scores of the owners in scope who have
 * one (owners without a score are unknown, not 0). No store connected → not_configured; no
 * score entered → insufficient_data.
 */
export function manualKpi(id: ManualKpiId, ctx: KpiContext): KpiValue {
  if (ctx.manualScores === null) return kpiMissing(id, 'not_configured', 'no store for manual scores is connected');
  const key = id.slice('manual:'.length);
  const label = labelOf(ctx.period);
  const owners = new Set(ctx.subject.kind === 'owner' && ctx.subject.id !== null ? [ctx.subject.id] : ctx.subject.ownerIds);
  const byOwner = new Map<string, ManualScore[]>();
  for (const s of ctx.manualScores) {
    if (s.key !== key || s.period !== label || !owners.has(s.ownerId)) continue;
    const list = byOwner.get(s.ownerId);
    if (list) list.push(s);
    else byOwner.set(s.ownerId, [s]);
  }
  const perOwner: number[] = [];
  for (const scores of byOwner.values()) {
    const combined = combine360(scores, ctx.settings.evaluation360);
    if (combined !== null) perOwner.push(combined);
  }
  if (perOwner.length === 0) return kpiMissing(id, 'insufficient_data', `no ${key} score has been entered for ${label}`);
  return kpiOk(id, perOwner.reduce((a, b) => a + b, 0) / perOwner.length);
}
