/**
 * A stored record that no longer reads back as what was written (bad JSON, a value the
 * schema rejects, a hand-edited row). Reads reject with it rather than returning a guess:
 * a corrupt settings row must surface as a clear error, not as defaults nor as a crash.
 */
export class CorruptRecordError extends Error {
  override readonly name = 'CorruptRecordError';

  constructor(
    readonly what: string,
    readonly reason: string,
  ) {
    super(`${what} is corrupt: ${reason}`);
  }
}
