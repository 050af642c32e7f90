import type { FrozenForecast } from '../domain/frozenForecast';
import type { Period } from '../domain/period';
import { formatPeriod, periodContaining } from '../domain/period';
import type { ForecastSubmission } from '../domain/toForecastSubmission';
import { forecastsToFreeze, notFreezable } from '../scorecard/forecastsToFreeze';
import { portalIndexOf } from '../kpi/portalIndex';
import type { FreezeForecastsOutput } from './contracts/forecasts';
import { freezeForecastsInputSchema, freezeForecastsOutputSchema } from './contracts/forecasts';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import type { RequestContext } from './requestContext';
import { requestContext } from './requestContext';
import { runHandler } from './runHandler';

/**
 * freezeForecasts (kpi-spec §4; docs/kpis.md "Forecast accuracy"): freezes each owner's,
 * team's and the department's forecast for the running month, quarter and year, by the source
 * the settings pick. Run on every tick of the backend's schedule and by every alert scan: the
 * store keeps the first freeze of each subject and period, so the first run in a period takes
 * the forecast and every later one changes nothing. The system runner and admins may run it.
 */
export function freezeForecasts(input: unknown, deps: HandlerDeps): Promise<HandlerResult<FreezeForecastsOutput>> {
  return runHandler({ input: freezeForecastsInputSchema, output: freezeForecastsOutputSchema }, input, async () => {
    const context = await requestContext(deps);
    if (!context.ok) return context;
    const { access } = context.value;
    if (!access.system && (access.claimed || !(await access.isAdmin()))) return handlerErr('forbidden', 'forecasts are frozen by the backend’s schedule or an admin');
    return handlerOk(await freezeRunning(deps, context.value));
  });
}

async function freezeRunning(deps: HandlerDeps, context: RequestContext): Promise<FreezeForecastsOutput> {
  const { portal, settings, calendar, roster, now } = context;
  const output: FreezeForecastsOutput = { frozen: 0, alreadyFrozen: 0, skipped: [] };
  const submissions = await submissionsFor(deps, settings.settings.forecastSource);
  const held = new Set((await deps.forecasts.list(portal.id)).map(keyOf));
  const periods: Period[] = (['month', 'quarter', 'year'] as const).map((kind) => periodContaining(kind, now, calendar));
  const freezable = periods.filter((period) => {
    const why = notFreezable(period, calendar, now);
    if (why) output.skipped.push({ period: formatPeriod(period), subject: 'every subject', reason: why });
    return why === null;
  });
  // The widest running period's deals hold every narrower one's: one read serves them all.
  const widest = freezable[freezable.length - 1];
  if (widest === undefined) return output;
  if (submissions === null) {
    for (const period of freezable) output.skipped.push({ period: formatPeriod(period), subject: 'every subject', reason: 'HubSpot gives no forecasts: the forecast tool needs Sales Hub Professional and the app the crm.objects.forecasts.read scope' });
    return output;
  }
  const request = { ownerIds: roster.owners.map((o) => o.id), teamIds: roster.teams.map((t) => t.id), period: widest, calendar, mapping: settings.settings.propertyMapping };
  const data = await deps.crm.scorecardData({ ...request, historyQuarters: 0, includeFunnel: false, comparison: 'none' });
  for (const period of freezable) {
    const label = formatPeriod(period);
    const outcome = forecastsToFreeze({ data, index: portalIndexOf(data), settings: settings.settings, period, now, submissions });
    output.skipped.push(...outcome.skipped.map((s) => ({ period: label, ...s })));
    for (const forecast of outcome.forecasts) {
      if (held.has(keyOf(forecast))) {
        output.alreadyFrozen += 1;
        continue;
      }
      const stored = await deps.forecasts.freezeForecast(portal.id, forecast);
      if (!stored.ok) output.skipped.push({ period: label, subject: `${forecast.subjectKind} ${forecast.subjectId}`, reason: stored.error.message });
      else if (stored.value.frozenAt === forecast.frozenAt && stored.value.source === forecast.source && stored.value.amount === forecast.amount) output.frozen += 1;
      else output.alreadyFrozen += 1;
    }
  }
  return output;
}

const keyOf = (f: FrozenForecast): string => `${f.subjectKind}|${f.subjectId}|${f.period}`;

/** HubSpot's submissions when the settings pick them (one read for every period); [] otherwise, null when HubSpot will not give them. */
async function submissionsFor(deps: HandlerDeps, source: string): Promise<ForecastSubmission[] | null> {
  return source === 'hubspot_forecasts' ? deps.crm.forecastSubmissions() : [];
}
