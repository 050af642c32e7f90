import type { DealFacet, DealProblem } from '../domain/dealProblems';
import { dealProblems } from '../domain/dealProblems';
import type { Deal, PortalData } from '../domain/portal';
import type { PropertyMapping } from '../domain/propertyMapping';
import type { PortalIndex } from './portalIndex';
import { buildPortalIndex } from './portalIndex';
import { memoOnIndex } from './memoOnIndex';

export interface ProblemDeal {
  deal: Deal;
  problems: readonly DealProblem[];
}

/** The deals that have data problems (src/domain dealProblems), found once per index and mapping. */
export function problemDeals(data: PortalData, index: PortalIndex, mapping: PropertyMapping): readonly ProblemDeal[] {
  return memoOnIndex(index, 'problemDeals', JSON.stringify(mapping), () => {
    const out: ProblemDeal[] = [];
    for (const deal of data.deals) {
      const problems = dealProblems(deal, index.pipelinesById, mapping);
      if (problems.length > 0) out.push({ deal, problems });
    }
    return out;
  });
}

export const spoils = (problem: DealProblem, facets: readonly DealFacet[]): boolean => problem.facets.some((f) => facets.includes(f));

/**
 * The portal without the deals whose problems spoil any of `facets`: what a KPI reading those
 * inputs is computed over (kpi-spec §2, "computed over the readable records"). The same data
 * and index when nothing is left out, so the common clean portal costs nothing more.
 */
export function readableView(data: PortalData, index: PortalIndex, mapping: PropertyMapping, facets: readonly DealFacet[]): { data: PortalData; index: PortalIndex } {
  const key = `${JSON.stringify(mapping)}|${[...facets].sort().join(',')}`;
  return memoOnIndex(index, 'readableView', key, () => {
    const left = new Set<Deal>();
    for (const { deal, problems } of problemDeals(data, index, mapping)) if (problems.some((p) => spoils(p, facets))) left.add(deal);
    if (left.size === 0) return { data, index };
    const readable: PortalData = { ...data, deals: data.deals.filter((d) => !left.has(d)) };
    return { data: readable, index: buildPortalIndex(readable) };
  });
}
