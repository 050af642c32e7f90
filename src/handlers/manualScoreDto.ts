import type { ViewerAccess } from './access/viewerAccess';
import type { ManualScoreEntryDto } from './contracts/manualScores';
import type { Viewer } from './contracts/common';
import type { ManualScoreEntry, ScoreAuthor } from '../store/manualScoreStore';

export const manualScoreEntryDto = (e: ManualScoreEntry): ManualScoreEntryDto => ({
  ownerId: e.ownerId,
  period: e.period,
  key: e.key,
  source: e.source ?? null,
  score: e.score,
  revision: e.revision,
  enteredBy: e.enteredBy.name,
  enteredByUserId: e.enteredBy.userId,
  enteredAt: e.enteredAt === null ? null : new Date(e.enteredAt).toISOString(),
});

/** Who an entry names: the person as the portal knows them (owner name), else their e-mail, with the stable user id. */
export function scoreAuthorOf(viewer: Viewer, access: ViewerAccess): ScoreAuthor {
  return { name: access.owner?.name ?? viewer.email ?? `user ${viewer.userId}`, userId: viewer.userId };
}
