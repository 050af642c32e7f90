import type { Bounds } from '../domain/period';
import type { Deal } from '../domain/portal';
import { targetOf, teamSubject } from './attainment';
import { growthComparison } from './growthRate';
import type { KpiContext } from './kpiContext';
import { byAmount, named, type ExplainedDeal, type FormulaInput, type KpiExplanation } from './kpiExplanation';
import { totalsOf } from './kpiInputs';
import { boundsOf } from './kpiPeriod';
import { periodTotals } from './periodTotals';
import { dealsOfOwners } from './portalIndex';

const NO_OTHER_RECORDS = { meetings: [], scores: [], pairs: [] };

/** The owners' deals closed inside `bounds`, largest first. */
function closedIn(ctx: KpiContext, ownerIds: readonly string[], bounds: Bounds): Deal[] {
  return dealsOfOwners(ctx.index, [...new Set(ownerIds)])
    .filter((d) => d.closedAt !== null && d.closedAt >= bounds.start && d.closedAt < bounds.end)
    .sort(byAmount);
}

const tagged = (deals: Deal[], input: FormulaInput): ExplainedDeal[] => deals.map((deal) => ({ deal, input }));

/**
 * growth_rate (kpi-spec §4): the won deals of P and those of the comparison span growthRate
 * reads (cut to the same day while P runs), so each side's amounts add up to its input.
 */
export function explainGrowth(ctx: KpiContext): KpiExplanation {
  const bounds = boundsOf(ctx.period, ctx.calendar);
  const { span } = growthComparison(ctx);
  const now = totalsOf(ctx);
  const before = periodTotals(ctx.data, ctx.index, ctx.subject.ownerIds, span.bounds);
  const won = (b: Bounds) => closedIn(ctx, ctx.subject.ownerIds, b).filter((d) => d.outcome === 'won');
  return {
    operator: 'growth',
    inputs: named([['won', now.wonAmountUnknown > 0 ? null : now.wonAmount], ['won_before', before.wonAmountUnknown > 0 ? null : before.wonAmount]]),
    recordSet: 'growth',
    deals: [...tagged(won(bounds), 'won'), ...tagged(won(span.bounds), 'won_before')],
    ...NO_OTHER_RECORDS,
  };
}

/**
 * forecast_accuracy (kpi-spec §4): every deal closing in P that is won or carries the frozen
 * forecast; the won amounts add up to the actual, the forecast amounts to the forecast.
 */
export function explainForecast(ctx: KpiContext): KpiExplanation {
  const t = totalsOf(ctx);
  const deals = closedIn(ctx, ctx.subject.ownerIds, boundsOf(ctx.period, ctx.calendar)).filter((d) => d.outcome === 'won' || d.forecastAmount !== null);
  return {
    operator: 'accuracy',
    inputs: named([['won', t.wonAmountUnknown > 0 ? null : t.wonAmount], ['forecast', t.forecastDeals === 0 ? null : t.forecast]]),
    recordSet: 'forecast',
    deals: deals.map((deal) => ({ deal, input: deal.outcome === 'won' ? 'won' : 'forecast' })),
    ...NO_OTHER_RECORDS,
  };
}

/** churn_rate_value (kpi-spec §4): the existing-business deals closed in P; the lost ones are the churned value. */
export function explainChurn(ctx: KpiContext): KpiExplanation {
  const t = totalsOf(ctx);
  const deals = closedIn(ctx, ctx.subject.ownerIds, boundsOf(ctx.period, ctx.calendar)).filter(
    (d) => d.dealType === 'existingbusiness' && (d.outcome === 'won' || d.outcome === 'lost'),
  );
  return {
    operator: 'divide',
    inputs: named([['existing_lost', t.existingLostAmount], ['existing_closed', t.existingClosedAmount]]),
    recordSet: 'churn',
    deals: deals.map((deal) => ({ deal, input: deal.outcome === 'lost' ? 'existing_lost' : 'existing_closed' })),
    ...NO_OTHER_RECORDS,
  };
}

/** team_attainment (kpi-spec §4): the team's won deals in P against the team's target, as teamAttainment reads them. */
export function explainTeamAttainment(ctx: KpiContext): KpiExplanation {
  const subject = teamSubject(ctx);
  if (subject === null) return { operator: 'divide', inputs: named([['won', null], ['target', null]]), recordSet: 'won', deals: [], ...NO_OTHER_RECORDS };
  const teamCtx = subject === ctx.subject ? ctx : { ...ctx, subject };
  const t = totalsOf(teamCtx);
  const target = targetOf('team_attainment', teamCtx, subject);
  const won = closedIn(ctx, subject.ownerIds, boundsOf(ctx.period, ctx.calendar)).filter((d) => d.outcome === 'won');
  return {
    operator: 'divide',
    inputs: named([['won', t.wonAmountUnknown > 0 ? null : t.wonAmount], ['target', target.ok ? target.value : null]]),
    recordSet: 'won',
    deals: tagged(won, 'won'),
    ...NO_OTHER_RECORDS,
  };
}
