import { dataAsOf } from './dataAsOf';
import { periodBounds, periodContaining } from '../domain/period';
import type { Deal, Pipeline } from '../domain/portal';
import { canSeeOwner } from './access/canSeeOwner';
import type { DealKpisOutput } from './contracts/dealKpis';
import { dealKpisInputSchema, dealKpisOutputSchema } from './contracts/dealKpis';
import { dealHealth } from './dealHealth';
import { DEAL_HISTORY_DAYS } from '../domain/dealHistoryWindow';
import { dealImpact } from './dealImpact';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import { requestContext } from './requestContext';
import { runHandler } from './runHandler';
import { settingsFallbackDto } from './settingsVersionDto';

/**
 * dealKpis (the deal card): the deal's stage, days in stage against the stalled line
 * (kpi-spec §5), the historical chance that deals in its stage win, and what closing it at its
 * amount does for its owner this quarter (attainment and commission: kpi-spec §7).
 * Anyone who owns records (or an admin) may see a deal's health; the owner's numbers — quota,
 * won so far, attainment, commission — only viewers who may see that owner's scorecard
 * (canSeeOwner), since the card would otherwise show what the scorecard refuses. A user with
 * no owner record is refused outright: the id comes from the request, so they could read any
 * deal of the portal by guessing ids.
 */
const NO_OWNER_RECORD = 'you have no HubSpot owner record, so the deal card has nothing to show you';

export function dealKpis(input: unknown, deps: HandlerDeps): Promise<HandlerResult<DealKpisOutput>> {
  return runHandler({ input: dealKpisInputSchema, output: dealKpisOutputSchema }, input, async ({ dealId }) => {
    const context = await requestContext(deps);
    if (!context.ok) return context;
    const { settings, calendar, roster, now, access } = context.value;
    if (!access.system && access.owner === null && !(await access.isAdmin())) return handlerErr('forbidden', NO_OWNER_RECORD);
    const period = periodContaining('quarter', now, calendar);
    const bounds = periodBounds(period, calendar);
    const mapping = settings.settings.propertyMapping;
    const [card, pipelines] = await Promise.all([
      deps.crm.dealCard({ dealId, mapping, calendar, now, historyDays: DEAL_HISTORY_DAYS }),
      deps.crm.pipelines(),
    ]);
    if (card === null) return handlerErr('not_found', `deal ${dealId} was not found`);
    const { deal } = card;
    const pipeline = pipelines.find((p) => p.id === deal.pipelineId) ?? null;
    const owner = deal.ownerId === null ? null : (roster.owners.find((o) => o.id === deal.ownerId) ?? null);
    const ownedDeal = withOwner(deal);
    const impactHidden = ownedDeal !== null && !(await canSeeOwner(access, ownedDeal.ownerId, roster));
    const impact =
      ownedDeal === null || card.ownerPeriod === null || impactHidden
        ? null
        : dealImpact({
            deal: ownedDeal,
            data: card.ownerPeriod,
            settings: settings.settings,
            calendar,
            period,
            bounds,
          });
    return handlerOk({
      currency: context.value.portal.currency,
      dataAsOf: dataAsOf(deps),
      deal: dealSummary(deal, pipeline),
      health: dealHealth(deal, pipeline, card.history, settings.settings.funnel, now),
      owner: ownedDeal === null ? null : { id: ownedDeal.ownerId, name: owner?.name ?? `Owner ${ownedDeal.ownerId}` },
      impact,
      impactHidden,
      settingsFallback: settingsFallbackDto(settings),
    });
  });
}

const withOwner = (deal: Deal): (Deal & { ownerId: string }) | null => (deal.ownerId === null ? null : { ...deal, ownerId: deal.ownerId });

/** The deal card's stage block: the deal's pipeline and stage by label, unknown when the portal has no such pipeline or stage. */
export function dealSummary(deal: Deal, pipeline: Pipeline | null): DealKpisOutput['deal'] {
  const stage = pipeline?.stages.find((s) => s.id === deal.stageId) ?? null;
  return {
    id: deal.id,
    name: deal.name,
    amount: deal.amount,
    pipelineId: deal.pipelineId,
    pipelineLabel: pipeline?.label ?? null,
    stageId: deal.stageId,
    stageLabel: stage?.label ?? null,
    outcome: deal.outcome,
  };
}
