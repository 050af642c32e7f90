import type { RecordManualScoreOutput } from './contracts/manualScores';
import { recordManualScoreInputSchema, recordManualScoreOutputSchema } from './contracts/manualScores';
import type { HandlerDeps } from './handlerDeps';
import { isSystemRunner } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import { manualScoreEntryDto, scoreAuthorOf } from './manualScoreDto';
import { requestContext } from './requestContext';
import { runHandler } from './runHandler';
import { checkScoreEntry } from './scoreEntryCheck';

/**
 * recordManualScore (kpi-spec §2, §6): a manager enters a rep's manual or 360 score for a
 * period, a rep their own self-assessment. Entering a score that exists corrects it: the
 * answer names the entry it replaced, which stays in the history with who and when.
 */
export function recordManualScore(input: unknown, deps: HandlerDeps): Promise<HandlerResult<RecordManualScoreOutput>> {
  return runHandler({ input: recordManualScoreInputSchema, output: recordManualScoreOutputSchema }, input, async (request) => {
    const viewer = deps.viewer;
    if (isSystemRunner(viewer)) return handlerErr('forbidden', 'scores are entered by people, not by the system runner');
    if (deps.manualScores === null) return handlerErr('invalid', 'this install keeps no manual scores: they need the KPI backend (npx kpi serve)');
    const context = await requestContext(deps);
    if (!context.ok) return context;
    const checked = await checkScoreEntry(context.value, request);
    if (!checked.ok) return { ok: false, error: checked.error };
    const score = { ownerId: checked.value.owner.id, key: request.key, period: checked.value.period, score: request.score, ...(request.source === undefined ? {} : { source: request.source }) };
    const saved = await deps.manualScores.set(context.value.portal.id, score, scoreAuthorOf(viewer, context.value.access));
    if (!saved.ok) return handlerErr('invalid', saved.error.message, [{ field: 'score', message: saved.error.message }]);
    return handlerOk({ entry: manualScoreEntryDto(saved.value.entry), replaced: saved.value.replaced === null ? null : manualScoreEntryDto(saved.value.replaced) });
  });
}
