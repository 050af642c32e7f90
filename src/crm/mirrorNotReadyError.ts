/**
 * A portal-wide read asked of the mirror before its first backfill has finished: the card shows
 * how far it is ("Preparing your portal's data: 45%") rather than a spinner that ends in a timeout.
 */
export class MirrorNotReadyError extends Error {
  override readonly name = 'MirrorNotReadyError';

  /** Share of the backfill done, 0–1. */
  constructor(readonly progress: number) {
    super(`the portal's data is being prepared (${Math.floor(progress * 100)}%)`);
  }
}
