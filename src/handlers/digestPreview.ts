import { needsBackend } from './access/needsBackend';
import { visibleTeamIds } from './access/visibleTeamIds';
import type { DigestPreviewOutput } from './contracts/digests';
import { digestPreviewInputSchema, digestPreviewOutputSchema } from './contracts/digests';
import { monthlySummaryText, weeklyDigestText } from './digestTaskText';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import { readMonthlySummary, readWeeklyDigest, reportPeriods } from './readDigests';
import { requestContext } from './requestContext';
import { runHandler } from './runHandler';
import { taskLanguage } from './scanAlerts';

/**
 * digestPreview (docs/kpis.md "Digests"): the weekly digest and the monthly summary as the
 * scheduler would write them now, in the viewer's language. A manager sees their own (the
 * weekly digest over every team they manage, the summary of the first or the chosen one);
 * directors and admins choose a team and see what its manager gets. Reps see none.
 */
export function digestPreview(input: unknown, deps: HandlerDeps): Promise<HandlerResult<DigestPreviewOutput>> {
  return runHandler({ input: digestPreviewInputSchema, output: digestPreviewOutputSchema }, input, async (request) => {
    const context = await requestContext(deps);
    if (!context.ok) return context;
    const { portal, settings, roster, access, calendar } = context.value;
    if (access.claimed) return needsBackend('Report previews');
    const visible = await visibleTeamIds(access, roster);
    if (visible.length === 0) return handlerErr('forbidden', 'report previews are for the managers of a team, directors and admins');
    const teamId = request.teamId ?? (visible[0] as string);
    const team = roster.teams.find((t) => t.id === teamId);
    if (team === undefined) return handlerErr('not_found', `team ${teamId} is not a team of this portal`);
    if (!visible.includes(teamId)) return handlerErr('forbidden', 'you may see the reports of the teams you manage');
    const own = request.teamId === undefined && access.managedTeamIds.length > 0 && access.owner !== null;
    const weeklyTeams = own ? roster.teams.filter((t) => access.managedTeamIds.includes(t.id)) : [team];
    const managerId = own ? access.owner?.id : settings.settings.teams.find((t) => t.teamId === team.id)?.managerOwnerIds[0];
    const managerOwner = roster.owners.find((o) => o.id === managerId);
    const manager = managerOwner === undefined ? { ownerId: '', name: '' } : { ownerId: managerOwner.id, name: managerOwner.name };
    const { week, month } = reportPeriods(context.value);
    const [digest, summary] = await Promise.all([readWeeklyDigest(deps, context.value, manager, weeklyTeams, week), readMonthlySummary(deps, context.value, team, month)]);
    const format = { language: taskLanguage(deps.viewer), currency: portal.currency, timeZone: calendar.timeZone };
    return handlerOk({
      teams: visible.map((id) => ({ id, name: roster.teams.find((t) => t.id === id)?.name ?? `Team ${id}` })),
      team: { id: team.id, name: team.name },
      sends: { weekly: settings.settings.digests.weekly, monthly: settings.settings.digests.monthly },
      weekly: { digest, text: weeklyDigestText(digest, format) },
      monthly: { summary, text: monthlySummaryText(summary, format) },
    });
  });
}
