import { isDeepStrictEqual } from 'node:util';
import type { BackendServices } from '../server/backendServices';
import { loadSettingsFile } from './loadSettingsFile';
import { CliError } from './cliError';

/**
 * `kpi serve --settings FILE`: the file's settings, checked against the served portal like a
 * save on the settings page, become the version in force — saved as a new version (the older
 * ones stay restorable) unless they already are the current one. Without this a snapshot
 * served in dev mode has no managers or directors, and everyone comes back as a rep.
 */
export async function applySettingsFile(path: string, services: BackendServices): Promise<{ version: number; saved: boolean }> {
  const crm = services.services().crm;
  const [pipelines, roster] = await Promise.all([crm.pipelines(), crm.roster()]);
  const settings = loadSettingsFile(path, { pipelines, ownerIds: roster.owners.map((o) => o.id), teamIds: roster.teams.map((t) => t.id) });
  const current = await services.store.settings.getCurrent(services.portalId);
  if (current !== null && isDeepStrictEqual(current.settings, settings)) return { version: current.version, saved: false };
  const saved = await services.store.settings.save(services.portalId, settings, { expectedVersion: current?.version ?? 0, savedBy: `kpi serve --settings ${path}` });
  if (!saved.ok) throw new CliError(`settings ${path} could not be saved: ${saved.error.message}`);
  return { version: saved.value.version, saved: true };
}
