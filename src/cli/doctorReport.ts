import { dataProblemReport, type DataProblemReport } from '../kpi/dataProblemReport';
import type { LoadedPortal } from './loadPortal';

/** What `kpi doctor --json` prints: the portal's data problems, grouped as the settings page shows them. */
export function doctorReport(portal: LoadedPortal): DataProblemReport {
  return dataProblemReport(portal.data, portal.index, portal.settings.propertyMapping);
}

/** The readable form: one heading per kind, one line per owner, the deals under it. */
export function doctorText(report: DataProblemReport): string {
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
