import type { SearchBody } from '../crm/crmTransport';
import type { CrmObject } from '../domain/snapshot';
import { changeTime } from './changeTime';
import type { SyncContext } from './syncContext';
import { SyncStopped } from './syncContext';
import { MAX_RESULTS, PAGE_SIZE, modifiedSince } from './syncQueries';

export interface ChangedPage {
  records: CrmObject[];
  /** HubSpot's `after` for the next page of the same query; undefined on the last page. */
  after: string | undefined;
}

/**
 * Every record changed at or after `fromMs`, oldest change first, one page at a time. Past the
 * 10,000 cap a query continues as a fresh one from the last change time seen (design.md
 * "HubSpot facts"). `visit` is told whether the page is the last, so a caller grouping pages
 * stores what it holds; the run stops between pages when the process stops.
 */
export async function forEachChangedPage(
  ctx: SyncContext,
  fromMs: number,
  read: (body: SearchBody) => Promise<ChangedPage>,
  properties: string[],
  visit: (records: CrmObject[], last: boolean) => Promise<void>,
): Promise<void> {
  let from = fromMs;
  let after: string | undefined;
  for (;;) {
    if (ctx.stopping()) throw new SyncStopped();
    const page = await read(modifiedSince(from, properties, after));
    const next = continuation(page, from);
    await visit(page.records, next === null);
    if (next === null) return;
    ({ from, after } = next);
  }
}

function continuation(page: ChangedPage, from: number): { from: number; after: string | undefined } | null {
  if (page.after === undefined || page.records.length === 0) return null;
  if (Number(page.after) + PAGE_SIZE <= MAX_RESULTS) return { from, after: page.after };
  const lastChange = changeTime(page.records[page.records.length - 1]);
  // More than 10,000 records changed in the same millisecond cannot be paged; the daily reconcile reads them.
  if (lastChange === null || lastChange <= from) return null;
  return { from: lastChange, after: undefined };
}
