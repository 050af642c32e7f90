import type { Command } from 'commander';
import type { CliIo } from '../cliIo';
import { parseWholeNumber } from '../cliArgs';
import { CliError } from '../cliError';
import { writeSnapshotFile } from '../writeSnapshotFile';
import { createCrmGateway } from '../../crm/createCrmGateway';
import { dumpSnapshot } from '../../crm/dumpSnapshot';
import { CrmError } from '../../crm/crmError';
import { propertyMappingSchema } from '../../domain/propertyMapping';
import { customerPropertiesWith, withCompanyProperty } from '../../crm/readCustomers';

export interface SnapshotCliOptions {
  out: string;
  baseUrl?: string;
  token?: string;
  portalId: string;
  timeZone: string;
  currency: string;
  collectedAmount?: string;
  grossMargin?: string;
  expense?: string;
  forecastAmount?: string;
  keyAccountProperty?: string;
  productProperty?: string;
  segmentProperty?: string;
  segmentCompanyProperty?: string;
}

/**
 * `kpi snapshot`: dumps a portal (HubSpot, or the emulator with --base-url) into a snapshot
 * file. The token comes from --token or HUBSPOT_ACCESS_TOKEN, read here at the edge.
 */
export async function runSnapshot(opts: SnapshotCliOptions, io: CliIo, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const accessToken = opts.token ?? env.HUBSPOT_ACCESS_TOKEN;
  if (!accessToken) throw new CliError('no token: set HUBSPOT_ACCESS_TOKEN or pass --token');
  const portalId = parseWholeNumber('--portal-id', opts.portalId);
  const mapping = propertyMappingSchema.parse({
    collectedAmount: opts.collectedAmount ?? null,
    grossMargin: opts.grossMargin ?? null,
    expense: opts.expense ?? null,
    forecastAmount: opts.forecastAmount ?? null,
    segment: opts.segmentProperty ?? null,
  });
  const gateway = createCrmGateway({ accessToken, ...(opts.baseUrl ? { basePath: opts.baseUrl } : {}) });
  try {
    const customers = withCompanyProperty(customerPropertiesWith(opts.keyAccountProperty ?? null, opts.productProperty ?? null), opts.segmentCompanyProperty ?? null);
    const snapshot = await dumpSnapshot(gateway, { mapping, fallbackPortal: { id: portalId, timeZone: opts.timeZone, currency: opts.currency }, customers });
    writeSnapshotFile(opts.out, snapshot);
    const requests = gateway.stats().requests;
    io.err(`kpi: wrote ${opts.out}: ${snapshot.deals.length} deals, ${snapshot.owners.length} owners, ${snapshot.companies?.length ?? 0} companies, ${snapshot.lineItems?.length ?? 0} line items, ${requests} requests`);
  } catch (e) {
    if (e instanceof CrmError) throw new CliError(`HubSpot ${e.kind} (HTTP ${e.status}${e.correlationId ? `, correlation id ${e.correlationId}` : ''}): ${e.message}`);
    throw e;
  }
}

export function registerSnapshot(program: Command, io: CliIo): void {
  program
    .command('snapshot')
    .description('dump a portal (owners, pipelines, deals with their companies and line items, goals, meetings, users) into a snapshot file')
    .requiredOption('--out <file>', 'where to write the snapshot JSON')
    .option('--base-url <url>', 'API base URL (e.g. the emulator); HubSpot when absent')
    .option('--token <token>', 'access token (default: HUBSPOT_ACCESS_TOKEN)')
    .option('--portal-id <id>', 'portal id when account-info cannot be read', '0')
    .option('--time-zone <zone>', 'portal time zone when account-info cannot be read', 'UTC')
    .option('--currency <code>', 'home currency when account-info cannot be read', 'USD')
    .option('--collected-amount <property>', 'deal property holding the collected amount')
    .option('--gross-margin <property>', 'deal property holding the gross margin')
    .option('--expense <property>', 'deal property holding the cost of sale')
    .option('--forecast-amount <property>', 'deal property holding the forecast frozen at period start')
    .option('--key-account-property <property>', 'company property that marks key accounts (read with each company)')
    .option('--product-property <property>', 'line-item property naming strategic products (read with each line item)')
    .option('--segment-property <property>', 'deal property segments are cut by (read with each deal, with its option labels)')
    .option('--segment-company-property <property>', 'company property segments are cut by (read with each company, with its option labels)')
    .action((opts: SnapshotCliOptions) => runSnapshot(opts, io));
}
