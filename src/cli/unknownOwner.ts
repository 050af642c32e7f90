import type { PortalIndex } from '../kpi/portalIndex';
import { CliError } from './cliError';

const LISTED = 30;

/** An owner id the snapshot does not have, with the ones it does (active first), as `--team` and `--pipeline` do. */
export function unknownOwner(ownerId: string, index: PortalIndex): CliError {
  const owners = [...index.ownersById.values()].sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name));
  const listed = owners.slice(0, LISTED).map((o) => `${o.id} (${o.name})`);
  const more = owners.length > LISTED ? `, and ${owners.length - LISTED} more` : '';
  return new CliError(`unknown owner "${ownerId}"; owners: ${listed.join(', ') || 'none'}${more}`);
}
