import type { DataIssue, Deal } from '../domain/portal';

/** One copy of each repeated string (stage, pipeline, owner and deal type ids) across the held deals. */
export type StringPool = Map<string, string>;

const NO_ISSUES: DataIssue[] = [];
Object.freeze(NO_ISSUES);

/** The pool's copy of `value`, which becomes the copy when it is the first. */
export function pooled(pool: StringPool, value: string | null): string | null {
  if (value === null) return null;
  const held = pool.get(value);
  if (held !== undefined) return held;
  pool.set(value, value);
  return value;
}

function compactEntries(pool: StringPool, entries: Record<string, number>): Record<string, number> {
  const copy: Record<string, number> = {};
  for (const stageId in entries) copy[pooled(pool, stageId) as string] = entries[stageId] as number;
  return copy;
}

/**
 * The deal as the mirror holds it for hours: the same values in a fresh object of one shape,
 * its repeated ids shared through `pool` and no array of its own when it has no data issue.
 * Every string read from a stored row is a new copy, so a million deals otherwise hold a
 * million copies of the same few stage and owner ids (the director's view of a 1M-deal portal
 * must fit in 1.5 GB, docs/mirror.md).
 */
export function compactDeal(deal: Deal, pool: StringPool): Deal {
  return {
    id: deal.id,
    name: deal.name,
    pipelineId: pooled(pool, deal.pipelineId),
    stageId: pooled(pool, deal.stageId),
    ownerId: pooled(pool, deal.ownerId),
    amount: deal.amount,
    createdAt: deal.createdAt,
    closedAt: deal.closedAt,
    outcome: deal.outcome,
    dealType: pooled(pool, deal.dealType),
    stageEnteredAt: compactEntries(pool, deal.stageEnteredAt),
    collectedAmount: deal.collectedAmount,
    grossMargin: deal.grossMargin,
    expense: deal.expense,
    forecastAmount: deal.forecastAmount,
    companyIds: deal.companyIds,
    lineItemIds: deal.lineItemIds,
    segmentValue: pooled(pool, deal.segmentValue),
    issues: deal.issues.length === 0 ? NO_ISSUES : deal.issues,
  };
}
