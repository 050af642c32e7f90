import { dataAsOf } from './dataAsOf';
import { portalIndexOf } from '../kpi/portalIndex';
import { evaluateScorecard } from '../scorecard/evaluateScorecard';
import { roleOf } from '../settings/roleOf';
import { canSeeOwner } from './access/canSeeOwner';
import { needsBackend } from './access/needsBackend';
import type { OwnerScorecardOutput } from './contracts/ownerScorecard';
import { ownerScorecardInputSchema, ownerScorecardOutputSchema } from './contracts/ownerScorecard';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import { periodInput, pickerPeriods } from './periodInput';
import { requestContext } from './requestContext';
import { runHandler } from './runHandler';
import { scoredWith } from './scoredWith';
import { settingsFallbackDto } from './settingsVersionDto';
import { storedKpiInputs } from './storedKpiInputs';
import { SCORECARD_HISTORY, scorecardScope } from './scorecardScope';

/**
 * ownerScorecard (kpi-spec §6): the scorecard of the owner's role for a period —
 * every KPI's actual, target, score and applied weight, the total and grade, the previous 4
 * periods' grades and the flags — for the viewer's own owner record unless another is named,
 * and for the current quarter unless a period is. Who may see whom: see canSeeOwner.
 */
export function ownerScorecard(input: unknown, deps: HandlerDeps): Promise<HandlerResult<OwnerScorecardOutput>> {
  return runHandler({ input: ownerScorecardInputSchema, output: ownerScorecardOutputSchema }, input, async (request) => {
    const context = await requestContext(deps);
    if (!context.ok) return context;
    const { portal, settings, calendar, roster, access, now } = context.value;
    const period = periodInput(request.period, calendar, now);
    if (!period.ok) return { ok: false, error: period.error };
    const ownerId = request.ownerId ?? access.owner?.id;
    if (ownerId === undefined) {
      if (access.system || (await access.isAdmin())) return handlerErr('invalid', 'you have no owner record: choose whose scorecard to show', [{ field: 'ownerId', message: 'required' }]);
      return handlerErr('forbidden', 'you have no HubSpot owner record, so there is no scorecard of yours to show');
    }
    // Access first: an owner that does not exist is refused exactly like one that is not
    // the viewer's to see, so ids cannot be probed by telling a 404 from a 403.
    if (!(await canSeeOwner(access, ownerId, roster))) {
      if (access.claimed) return needsBackend('other people’s scorecards');
      return handlerErr('forbidden', 'you may see your own scorecard and those of the teams you manage');
    }
    const owner = roster.owners.find((o) => o.id === ownerId);
    if (owner === undefined) return handlerErr('not_found', `owner ${ownerId} is not an owner of this portal`);
    const role = roleOf(ownerId, settings.settings);
    const scope = scorecardScope(ownerId, role, portal, roster, settings.settings);
    const { ownerIds, teamIds, historyQuarters, includeFunnel, comparison, customers } = scope;
    const [data, stored] = await Promise.all([
      deps.crm.scorecardData({ ownerIds, teamIds, period: period.value, calendar, mapping: settings.settings.propertyMapping, historyQuarters, includeFunnel, comparison, customers }),
      storedKpiInputs(deps, portal.id),
    ]);
    const result = evaluateScorecard({ data, index: portalIndexOf(data), settings: settings.settings, ownerId, role, period: period.value, now, ...stored, history: SCORECARD_HISTORY });
    if (!result.ok) return handlerErr('not_found', result.error);
    const card = result.value;
    return handlerOk({
      currency: portal.currency,
      dataAsOf: dataAsOf(deps),
      owner: { id: owner.id, name: owner.name },
      role: card.role,
      period: card.period,
      kpis: card.kpis,
      total: card.total,
      grade: card.grade,
      elapsedShare: card.elapsedShare,
      history: card.history,
      flags: card.flags,
      complete: card.complete,
      provisional: card.provisional,
      withheldFlags: card.withheldFlags,
      dataIssues: card.dataIssues,
      eligible: card.eligible,
      periods: pickerPeriods(calendar, now),
      settingsFallback: settingsFallbackDto(settings),
      scoredWith: scoredWith(settings, roster, calendar, card.period, card.history.map((h) => h.period)),
    });
  });
}
