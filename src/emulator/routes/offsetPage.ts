import type { Result } from '../../domain/result';
import { err, ok } from '../../domain/result';

export interface OffsetPage<T> {
  items: T[];
  paging: { paging?: { next: { after: string; link: string } } };
}

/**
 * One page of a list endpoint. HubSpot's `after` cursors are opaque strings; the emulator
 * uses the offset, which clients must pass back unchanged just as with HubSpot's.
 */
export function offsetPage<T>(items: readonly T[], after: string | undefined, limit: number, path: string): Result<OffsetPage<T>> {
  const offset = after === undefined || after === '' ? 0 : Number(after);
  if (!Number.isInteger(offset) || offset < 0) return err(`Invalid after cursor "${after}".`);
  const slice = items.slice(offset, offset + limit);
  const next = offset + limit;
  if (next >= items.length) return ok({ items: slice, paging: {} });
  return ok({ items: slice, paging: { paging: { next: { after: String(next), link: `${path}?after=${next}` } } } });
}
