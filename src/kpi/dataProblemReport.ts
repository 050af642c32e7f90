import { z } from 'zod';
import { dataProblemKindSchema, type DataProblemKind } from '../domain/dataProblem';
import { problemSentence } from '../domain/dealProblems';
import { dealRecordUrl } from '../domain/dealRecordUrl';
import type { PortalData } from '../domain/portal';
import type { PropertyMapping } from '../domain/propertyMapping';
import type { PortalIndex } from './portalIndex';
import { problemDeals } from './problemsOnIndex';

const reportDealSchema = z.object({ recordId: z.string(), recordName: z.string().nullable(), field: z.string(), problem: z.string(), url: z.string() });

/** Every data problem of the portal (kpi-spec §2), by kind, then by owner: `kpi doctor --json`, the settings page's Data problems tab. */
export const dataProblemReportSchema = z.object({
  deals: z.number().int().min(0),
  dealsWithProblems: z.number().int().min(0),
  kinds: z.array(
    z.object({
      kind: dataProblemKindSchema,
      sentence: z.string(),
      count: z.number().int().min(0),
      owners: z.array(z.object({ ownerId: z.string().nullable(), ownerName: z.string().nullable(), deals: z.array(reportDealSchema) })),
    }),
  ),
});
export type DataProblemReport = z.infer<typeof dataProblemReportSchema>;
type ReportDeal = z.infer<typeof reportDealSchema>;

/**
 * The portal's data problems grouped the way a RevOps lead cleans them up on Monday: by kind
 * (most frequent first), then by owner (whom to ask), each deal with a link to its record.
 */
export function dataProblemReport(data: PortalData, index: PortalIndex, mapping: PropertyMapping): DataProblemReport {
  const found = problemDeals(data, index, mapping);
  const kinds = new Map<DataProblemKind, Map<string | null, ReportDeal[]>>();
  for (const { problems } of found) {
    for (const { problem: p } of problems) {
      const byOwner = kinds.get(p.kind) ?? new Map<string | null, ReportDeal[]>();
      kinds.set(p.kind, byOwner);
      const list = byOwner.get(p.ownerId) ?? [];
      byOwner.set(p.ownerId, list);
      list.push({ recordId: p.recordId, recordName: p.recordName, field: p.field, problem: p.problem, url: dealRecordUrl(data.portal.id, p.recordId) });
    }
  }
  const grouped = [...kinds].map(([kind, byOwner]) => ({
    kind,
    sentence: problemSentence(kind),
    count: [...byOwner.values()].reduce((n, list) => n + list.length, 0),
    owners: [...byOwner].map(([ownerId, deals]) => ({ ownerId, ownerName: ownerId === null ? null : (index.ownersById.get(ownerId)?.name ?? null), deals })),
  }));
  return { deals: data.deals.length, dealsWithProblems: found.length, kinds: grouped.sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)) };
}
