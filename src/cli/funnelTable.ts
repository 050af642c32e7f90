import type { PortalIndex } from '../kpi/portalIndex';
import type { FunnelReport } from './funnelReport';
import { formatTable } from './formatTable';
import { percent } from './formatValue';

/** The readable form of a funnel report: one line per step pair, stage labels, percentages. */
export function funnelTable(report: FunnelReport, index: PortalIndex, scope: string): string {
  const label = (stageId: string) => index.stagesById.get(stageId)?.label ?? stageId;
  const pipeline = index.pipelinesById.get(report.pipeline);
  const title = `Funnel ${pipeline?.label ?? report.pipeline} (${report.pipeline}), ${report.period}, ${scope}`;
  const rows = report.pairs.map((p) => [
    label(p.from),
    label(p.to),
    String(p.entered),
    String(p.converted),
    percent(p.rate),
    p.ci === null ? '—' : `${percent(p.ci[0])}–${percent(p.ci[1])}`,
    percent(p.threshold, 0),
    p.severity,
  ]);
  const table = formatTable(
    ['from', 'to', 'entered', 'converted', 'rate', '95% CI', 'threshold', 'severity'],
    rows,
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
  const left = report.dataIssues.map((p) => `Left out: deal ${p.recordId}${p.recordName === null ? '' : ` "${p.recordName}"`} ${p.problem}`);
  return [title, table, ...left].join('\n');
}
