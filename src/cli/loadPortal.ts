import type { DataIssue, PortalData } from '../domain/portal';
import type { Calendar } from '../domain/period';
import type { PortalIndex } from '../kpi/portalIndex';
import type { Settings } from '../settings/settingsSchema';
import type { CliIo } from './cliIo';
import { parseSnapshot, portalFromSnapshot } from '../domain/portalFromSnapshot';
import { toPipeline } from '../domain/toPipeline';
import { buildPortalIndex } from '../kpi/portalIndex';
import { calendarOf } from '../kpi/kpiContext';
import { CliError } from './cliError';
import { readJsonFile } from './readJsonFile';
import type { SnapshotPortOptions } from '../crm/crmPortFromSnapshot';
import { snapshotPropertyOptions } from '../crm/crmPortFromSnapshot';
import { loadSettingsFile } from './loadSettingsFile';

export interface LoadedPortal {
  data: PortalData;
  index: PortalIndex;
  settings: Settings;
  calendar: Calendar;
  /** The snapshot's property definitions as option labels (its `propertyDefinitions`; none in older snapshots). */
  propertyOptions: NonNullable<SnapshotPortOptions['propertyOptions']>;
}

const SHOWN_ISSUES = 3;

/**
 * A snapshot file and optional settings file, read into the engine's model. The settings are
 * validated against the snapshot's pipelines and owners, then their property mapping is used
 * to read the deals. Bad values in the data are warned about, not fatal (kpi-spec §2: they
 * become unknown).
 */
export function loadPortal(paths: { snapshot: string; settings?: string | undefined }, io: CliIo): LoadedPortal {
  const checked = parseSnapshot(readJsonFile(paths.snapshot, 'snapshot'));
  if (!checked.ok) throw new CliError(`invalid snapshot ${paths.snapshot}: ${checked.error}`);
  const snapshot = checked.value;
  const settings = loadSettingsFile(paths.settings, {
    pipelines: snapshot.pipelines.filter((p) => p.archived !== true).map((p) => toPipeline(p, [])),
    ownerIds: snapshot.owners.map((o) => o.id),
    teamIds: [...new Set(snapshot.owners.flatMap((o) => (o.teams ?? []).map((t) => t.id)))],
  });
  const { data, issues } = portalFromSnapshot(snapshot, settings.propertyMapping);
  if (issues.length > 0) io.err(issueWarning(paths.snapshot, issues));
  return { data, index: buildPortalIndex(data), settings, calendar: calendarOf(settings, data), propertyOptions: snapshotPropertyOptions(snapshot.propertyDefinitions) };
}

export function issueWarning(path: string, issues: readonly DataIssue[]): string {
  const shown = issues.slice(0, SHOWN_ISSUES).map((i) => `${i.object} ${i.id} ${i.field}: ${i.reason}`);
  const more = issues.length > SHOWN_ISSUES ? `; … ${issues.length - SHOWN_ISSUES} more` : '';
  return `kpi: warning: ${issues.length} unreadable value${issues.length === 1 ? '' : 's'} in ${path}, read as unknown: ${shown.join('; ')}${more}`;
}
