import { crmPortFromSnapshot } from '../crm/crmPortFromSnapshot';
import { DEAL_HISTORY_DAYS } from '../domain/dealHistoryWindow';
import { periodBounds, periodContaining } from '../domain/period';
import type { DealKpisOutput } from '../handlers/contracts/dealKpis';
import { dealKpisOutputSchema } from '../handlers/contracts/dealKpis';
import { dealHealth } from '../handlers/dealHealth';
import { dealImpact } from '../handlers/dealImpact';
import { dealSummary } from '../handlers/dealKpis';
import { CliError } from './cliError';
import type { LoadedPortal } from './loadPortal';

/**
 * The deal card's numbers for one deal at `asOf` (what `kpi deal --json` prints): the same
 * reads (crmPortFromSnapshot's dealCard: the pipeline's closed deals of the last
 * DEAL_HISTORY_DAYS, the owner's wins of the quarter holding `asOf`) and the same pure pieces
 * as the dealKpis handler, so the stage-aging and commission maths can be checked offline.
 * Offline there is no viewer, so the owner's impact is shown, as to an admin; the data is as of `asOf`.
 */
export async function dealReport(portal: LoadedPortal, dealId: string, asOf: number): Promise<DealKpisOutput> {
  const { data, settings, calendar } = portal;
  const card = await crmPortFromSnapshot(data).dealCard({ dealId, mapping: settings.propertyMapping, calendar, now: asOf, historyDays: DEAL_HISTORY_DAYS });
  if (card === null) throw new CliError(`unknown deal "${dealId}"`);
  const { deal } = card;
  const pipeline = portal.index.pipelinesById.get(deal.pipelineId ?? '') ?? null;
  const period = periodContaining('quarter', asOf, calendar);
  const ownerId = deal.ownerId;
  const impact =
    ownerId === null || card.ownerPeriod === null
      ? null
      : dealImpact({ deal: { ...deal, ownerId }, data: card.ownerPeriod, settings, calendar, period, bounds: periodBounds(period, calendar) });
  return dealKpisOutputSchema.parse({
    currency: data.portal.currency,
    dataAsOf: new Date(asOf).toISOString(),
    deal: dealSummary(deal, pipeline),
    health: dealHealth(deal, pipeline, card.history, settings.funnel, asOf),
    owner: ownerId === null ? null : { id: ownerId, name: portal.index.ownersById.get(ownerId)?.name ?? `Owner ${ownerId}` },
    impact,
    impactHidden: false,
    settingsFallback: null,
  });
}
