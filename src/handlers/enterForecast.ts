import { PORTAL_SUBJECT_ID } from '../domain/frozenForecast';
import type { EnterForecastOutput } from './contracts/forecasts';
import { enterForecastInputSchema, enterForecastOutputSchema } from './contracts/forecasts';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import { requestContext } from './requestContext';
import { runHandler } from './runHandler';
import { settingsAccess } from './settingsAccess';

/**
 * enterForecast (docs/kpis.md "Forecast accuracy"): an admin enters the forecast made at the
 * start of a period the schedule did not freeze (before the app was installed, a backend that
 * was down). Same access as a settings write. The first freeze still wins: a forecast already
 * frozen is answered back unchanged, so nobody can move a forecast after the outcome is known.
 */
export function enterForecast(input: unknown, deps: HandlerDeps): Promise<HandlerResult<EnterForecastOutput>> {
  return runHandler({ input: enterForecastInputSchema, output: enterForecastOutputSchema }, input, async (request) => {
    const context = await requestContext(deps);
    if (!context.ok) return context;
    const allowed = await settingsAccess(context.value, 'write');
    if (!allowed.ok) return allowed;
    const { roster, portal, now } = context.value;
    const subjectId = request.subjectKind === 'portal' ? PORTAL_SUBJECT_ID : request.subjectId;
    if (subjectId === undefined) return handlerErr('invalid', `name the ${request.subjectKind} whose forecast this is`, [{ field: 'subjectId', message: 'required' }]);
    const known = request.subjectKind === 'owner' ? roster.owners.some((o) => o.id === subjectId) : request.subjectKind === 'team' ? roster.teams.some((t) => t.id === subjectId) : true;
    if (!known) return handlerErr('invalid', `${request.subjectKind} ${subjectId} is not in this portal`, [{ field: 'subjectId', message: 'unknown' }]);
    const forecast = { subjectKind: request.subjectKind, subjectId, period: request.period, amount: request.amount, frozenAt: now, source: 'entered' as const };
    const stored = await deps.forecasts.freezeForecast(portal.id, forecast);
    if (!stored.ok) return handlerErr('invalid', stored.error.message, [{ field: 'period', message: stored.error.message }]);
    const entered = stored.value.frozenAt === now && stored.value.source === 'entered' && stored.value.amount === request.amount;
    return handlerOk({ forecast: stored.value, entered });
  });
}
