import { viewerRole } from './access/viewerAccess';
import { visibleTeamIds } from './access/visibleTeamIds';
import type { ViewerContextOutput } from './contracts/viewerContext';
import { viewerContextOutputSchema } from './contracts/viewerContext';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import { noInputSchema } from './noInput';
import { requestContext } from './requestContext';
import { runHandler } from './runHandler';

/**
 * viewerContext: the viewer's role and the app page's views they may use — My scorecard with
 * an owner record, Team and Funnel health for managers, directors and admins (the teams they
 * may see), Score entry for anyone with an owner record or team (self-assessment, a manager's
 * scores) and admins (the import). The same rules the handlers enforce, asked once per page.
 */
export function viewerContext(input: unknown, deps: HandlerDeps): Promise<HandlerResult<ViewerContextOutput>> {
  return runHandler({ input: noInputSchema, output: viewerContextOutputSchema }, input, async () => {
    const context = await requestContext(deps);
    if (!context.ok) return context;
    const { access, roster } = context.value;
    const role = await viewerRole(access);
    if (role === 'system') return handlerErr('forbidden', 'the system runner has no app page');
    const teams = (await visibleTeamIds(access, roster)).length > 0;
    const owner = access.owner === null ? null : { id: access.owner.id, name: access.owner.name };
    const admin = role === 'admin' || (await access.isAdmin());
    return handlerOk({
      role,
      owner,
      views: { mine: owner !== null, team: teams, scores: owner !== null || teams || admin, funnel: teams, segments: teams, reports: teams },
    });
  });
}
