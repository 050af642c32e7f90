/**
 * What a store write can refuse, as data (house style: results, not sentinel strings).
 * Handlers map `conflict` to the settings page's reload offer, `invalid` and `too_large`
 * to field errors, `not_found` to a 404. A broken database is not here: that rejects.
 */
export interface ConflictError {
  kind: 'conflict';
  message: string;
  /** The version the caller based its edit on. */
  expectedVersion: number;
  /** The version actually current when the write was refused (0: nothing saved yet). */
  currentVersion: number;
}

export interface InvalidInputError {
  kind: 'invalid';
  message: string;
}

export interface TooLargeError {
  kind: 'too_large';
  message: string;
  size: number;
  limit: number;
}

export interface NotFoundError {
  kind: 'not_found';
  message: string;
}

export type SaveError = ConflictError | InvalidInputError | TooLargeError;
export type RestoreError = SaveError | NotFoundError;

export const conflictError = (expectedVersion: number, currentVersion: number): ConflictError => ({
  kind: 'conflict',
  message: `the settings were changed by someone else: you edited version ${expectedVersion}, the current version is ${currentVersion}`,
  expectedVersion,
  currentVersion,
});

export const invalidInput = (message: string): InvalidInputError => ({ kind: 'invalid', message });

export const notFound = (message: string): NotFoundError => ({ kind: 'not_found', message });

export const tooLarge = (what: string, size: number, limit: number): TooLargeError => ({
  kind: 'too_large',
  message: `${what} is ${size} characters; the most that can be stored is ${limit}`,
  size,
  limit,
});
