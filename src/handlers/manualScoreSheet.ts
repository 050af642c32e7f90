import type { Roster } from '../crm/crmPort';
import { formatPeriod } from '../domain/period';
import { manualScoreLines } from '../scorecard/manualScoreLines';
import { roleOf } from '../settings/roleOf';
import type { ManualScoreEntry } from '../store/manualScoreStore';
import { canSeeOwner } from './access/canSeeOwner';
import { whyMayNotEnter } from './access/mayEnterScore';
import type { ViewerAccess } from './access/viewerAccess';
import type { ManualScoreSheetOutput } from './contracts/manualScores';
import { manualScoreSheetInputSchema, manualScoreSheetOutputSchema } from './contracts/manualScores';
import type { HandlerDeps } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import { manualScoreEntryDto } from './manualScoreDto';
import { periodInput, pickerPeriods } from './periodInput';
import { requestContext } from './requestContext';
import { runHandler } from './runHandler';

/**
 * manualScoreSheet (kpi-spec §2, §6): the scores one owner's role template asks for in a
 * period, each with the entry in force, its history and whether the viewer may enter it —
 * the score entry screen. Whose sheet the viewer may open follows the scorecard's rule.
 */
export function manualScoreSheet(input: unknown, deps: HandlerDeps): Promise<HandlerResult<ManualScoreSheetOutput>> {
  return runHandler({ input: manualScoreSheetInputSchema, output: manualScoreSheetOutputSchema }, input, async (request) => {
    const context = await requestContext(deps);
    if (!context.ok) return context;
    const { portal, settings, calendar, roster, access, now } = context.value;
    const period = periodInput(request.period, calendar, now);
    if (!period.ok) return { ok: false, error: period.error };
    const owners = await scorableOwners(access, roster);
    const ownerId = request.ownerId ?? access.owner?.id ?? owners[0]?.id;
    if (ownerId === undefined) return handlerErr('forbidden', 'you have no HubSpot owner record and manage no team, so there are no scores of yours to enter');
    const owner = roster.owners.find((o) => o.id === ownerId);
    if (owner === undefined) return handlerErr('not_found', `owner ${ownerId} is not an owner of this portal`);
    if (!(await canSeeOwner(access, ownerId, roster))) return handlerErr('forbidden', 'you may enter your own self-assessment and the scores of the teams you manage');
    const label = formatPeriod(period.value);
    const history = deps.manualScores === null ? [] : await deps.manualScores.history(portal.id, { ownerId, period: label });
    const lines = await Promise.all(
      manualScoreLines(settings.settings.roles[roleOf(ownerId, settings.settings)]).map(async (line) => {
        const entries = history.filter((e: ManualScoreEntry) => e.key === line.key && (e.source ?? null) === line.source).map(manualScoreEntryDto);
        const mayEnter = deps.manualScores !== null && (await whyMayNotEnter(access, ownerId, line.source, roster)) === null;
        return { ...line, mayEnter, current: entries[entries.length - 1] ?? null, history: entries };
      }),
    );
    return handlerOk({
      owner: { id: owner.id, name: owner.name },
      period: label,
      periods: pickerPeriods(calendar, now),
      owners,
      lines,
      mayImport: deps.manualScores !== null && !access.system && (await access.isAdmin()),
    });
  });
}

/** The viewer's own owner record, then everyone whose scorecard they may see, active owners only, by name. */
async function scorableOwners(access: ViewerAccess, roster: Roster): Promise<{ id: string; name: string }[]> {
  const seen: { id: string; name: string }[] = [];
  for (const owner of roster.owners) {
    if (!owner.active || owner.id === access.owner?.id) continue;
    if (await canSeeOwner(access, owner.id, roster)) seen.push({ id: owner.id, name: owner.name });
  }
  seen.sort((a, b) => a.name.localeCompare(b.name));
  return access.owner === null ? seen : [{ id: access.owner.id, name: access.owner.name }, ...seen];
}
