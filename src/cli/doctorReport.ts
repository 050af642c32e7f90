import type { DataProblemKind } from '../domain/dataProblem';
import { problemSentence } from '../domain/dealProblems';
import { dealRecordUrl } from '../domain/dealRecordUrl';
import { problemDeals } from '../kpi/problemsOnIndex';
import type { LoadedPortal } from './loadPortal';

export interface DoctorDeal {
  recordId: string;
  recordName: string | null;
  field: string;
  problem: string;
  url: string;
}

/** What `kpi doctor --json` prints: every data problem of the portal, by kind, then by owner. */
export interface DoctorReport {
  deals: number;
  dealsWithProblems: number;
  kinds: { kind: DataProblemKind; sentence: string; count: number; owners: { ownerId: string | null; ownerName: string | null; deals: DoctorDeal[] }[] }[];
}

/**
 * The portal's data problems (kpi-spec §2), grouped the way a RevOps lead cleans them up: by
 * kind (most frequent first), then by owner (whom to ask), each deal with a link to its record.
 */
export function doctorReport(portal: LoadedPortal): DoctorReport {
  const { data, index, settings } = portal;
  const found = problemDeals(data, index, settings.propertyMapping);
  const kinds = new Map<DataProblemKind, Map<string | null, DoctorDeal[]>>();
  for (const { problems } of found) {
    for (const { problem: p } of problems) {
      const byOwner = kinds.get(p.kind) ?? new Map<string | null, DoctorDeal[]>();
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

/** The readable form: one heading per kind, one line per owner, the deals under it. */
export function doctorText(report: DoctorReport): string {
  if (report.kinds.length === 0) return `No data problems in ${report.deals} deals.`;
  const lines = [`${report.dealsWithProblems} of ${report.deals} deals have data problems:`];
  for (const k of report.kinds) {
    lines.push('', `${k.count} × deal ${k.sentence} (${k.kind})`);
    for (const o of k.owners) {
      lines.push(`  ${o.ownerName ?? 'no owner'}${o.ownerId === null ? '' : ` (${o.ownerId})`}: ${o.deals.length}`);
      for (const d of o.deals) lines.push(`    ${d.recordName ?? d.recordId} — ${d.field}: ${d.problem} — ${d.url}`);
    }
  }
  return lines.join('\n');
}
