import type { Owner } from '../domain/portal';
import { formatPeriod } from '../domain/period';
import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import { kpiDefinition } from '../kpi/catalog';
import { isAskedFor, manualScoreLines } from '../scorecard/manualScoreLines';
import { roleOf } from '../settings/roleOf';
import { whyMayNotEnter } from './access/mayEnterScore';
import type { HandlerError } from './contracts/common';
import type { RecordManualScoreInput } from './contracts/manualScores';
import { periodInput } from './periodInput';
import type { RequestContext } from './requestContext';

export interface CheckedEntry {
  owner: Owner;
  /** The canonical label (2026q3 → 2026-Q3), so the scorecard finds the score. */
  period: string;
}

/**
 * The checks every manual score passes before it is stored, one entry or a CSV row alike: the
 * owner exists, the viewer may enter this score for them (mayEnterScore), and the owner's role
 * template asks for it (kpi-spec §6) — a score nobody's scorecard reads would be lost work.
 */
export async function checkScoreEntry(context: RequestContext, entry: RecordManualScoreInput): Promise<Result<CheckedEntry, HandlerError>> {
  const { roster, settings, access, calendar, now } = context;
  const owner = roster.owners.find((o) => o.id === entry.ownerId);
  if (owner === undefined) return err({ code: 'not_found', message: `owner ${entry.ownerId} is not an owner of this portal`, fields: [{ field: 'ownerId', message: 'unknown owner' }] });
  const source = entry.source ?? null;
  const why = await whyMayNotEnter(access, owner.id, source, roster);
  if (why !== null) return err({ code: 'forbidden', message: why });
  const role = roleOf(owner.id, settings.settings);
  const template = settings.settings.roles[role];
  if (!isAskedFor(template, entry.key, source)) {
    const asked = [...new Set(manualScoreLines(template).map((l) => `${l.key}${l.source === null ? '' : ` (${l.source})`}`))];
    const what = `${kpiDefinition(`manual:${entry.key}`).en}${source === null ? '' : ` from ${source}`}`;
    const message = `${owner.name}'s ${role} scorecard has no ${what} score; it asks for ${asked.length === 0 ? 'no manual scores' : asked.join(', ')}`;
    return err({ code: 'invalid', message, fields: [{ field: 'key', message }] });
  }
  const period = periodInput(entry.period, calendar, now);
  if (!period.ok) return period;
  return ok({ owner, period: formatPeriod(period.value) });
}
