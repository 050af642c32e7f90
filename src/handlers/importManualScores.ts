import { parseCsv } from '../domain/csv';
import type { Result } from '../domain/result';
import { err, ok } from '../domain/result';
import type { Roster } from '../crm/crmPort';
import type { RecordManualScoreInput } from './contracts/manualScores';
import type { ImportManualScoresOutput } from './contracts/manualScores';
import { importManualScoresInputSchema, importManualScoresOutputSchema, recordManualScoreInputSchema } from './contracts/manualScores';
import type { HandlerDeps } from './handlerDeps';
import { isSystemRunner } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import { scoreAuthorOf } from './manualScoreDto';
import { requestContext } from './requestContext';
import { runHandler } from './runHandler';
import { checkScoreEntry } from './scoreEntryCheck';

type Row = ImportManualScoresOutput['rows'][number];
type Column = 'ownerId' | 'email' | 'key' | 'period' | 'score' | 'source';

const HEADERS: Record<string, Column> = { ownerid: 'ownerId', owner_id: 'ownerId', owner: 'ownerId', email: 'email', key: 'key', kpi: 'key', period: 'period', score: 'score', source: 'source' };
const MAX_ROWS = 5000;

/**
 * importManualScores (kpi-spec §2): an admin's CSV of manual scores — `ownerId` or `email`,
 * `key`, `period`, `score`, optionally `source` — each row checked like a single entry and
 * stored, or refused with the reason. The report lists every row, so nothing is lost
 * silently: the admin fixes the refused rows and imports them again.
 */
export function importManualScores(input: unknown, deps: HandlerDeps): Promise<HandlerResult<ImportManualScoresOutput>> {
  return runHandler({ input: importManualScoresInputSchema, output: importManualScoresOutputSchema }, input, async (request) => {
    const viewer = deps.viewer;
    if (isSystemRunner(viewer) || deps.manualScores === null) return handlerErr('forbidden', 'scores are imported by an admin on an install with the KPI backend');
    const context = await requestContext(deps);
    if (!context.ok) return context;
    if (!(await context.value.access.isAdmin())) return handlerErr('forbidden', 'only admins may import scores');
    const table = readTable(request.csv);
    if (!table.ok) return handlerErr('invalid', table.error, [{ field: 'csv', message: table.error }]);
    const author = scoreAuthorOf(viewer, context.value.access);
    const rows: Row[] = [];
    for (const { line, cells } of table.value) {
      const entry = entryOf(cells, context.value.roster);
      const base = { line, ownerId: entry.ownerId, key: cells.key || null, period: cells.period || null, score: entry.score };
      if (!entry.input.ok) {
        rows.push({ ...base, outcome: 'refused', reason: entry.input.error });
        continue;
      }
      const checked = await checkScoreEntry(context.value, entry.input.value);
      if (!checked.ok) {
        rows.push({ ...base, outcome: 'refused', reason: checked.error.message });
        continue;
      }
      const { source, ...rest } = entry.input.value;
      const saved = await deps.manualScores.set(context.value.portal.id, { ...rest, period: checked.value.period, ...(source === undefined ? {} : { source }) }, author);
      if (!saved.ok) rows.push({ ...base, outcome: 'refused', reason: saved.error.message });
      else rows.push({ ...base, period: checked.value.period, outcome: saved.value.replaced === null ? 'recorded' : 'corrected', reason: null });
    }
    const count = (outcome: Row['outcome']) => rows.filter((r) => r.outcome === outcome).length;
    return handlerOk({ rows, recorded: count('recorded'), corrected: count('corrected'), refused: count('refused') });
  });
}

type Cells = Partial<Record<Column, string>>;

function readTable(csv: string): Result<{ line: number; cells: Cells }[], string> {
  const parsed = parseCsv(csv);
  if (!parsed.ok) return err(parsed.error);
  const [header, ...body] = parsed.rows;
  const columns = (header ?? []).map((h) => HEADERS[h.trim().toLowerCase().replace(/\s+/g, '_')] ?? null);
  const missing = ['key', 'period', 'score'].filter((c) => !columns.includes(c as Column));
  if (!columns.includes('ownerId') && !columns.includes('email')) missing.unshift('ownerId or email');
  if (missing.length > 0) return err(`the first row must name the columns; missing: ${missing.join(', ')}`);
  const rows = body.map((cells, i) => ({ line: i + 2, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) return err('the file has a header but no rows');
  if (rows.length > MAX_ROWS) return err(`the file has ${rows.length} rows; import at most ${MAX_ROWS} at a time`);
  return ok(rows.map(({ line, cells }) => {
    const named: Cells = {};
    columns.forEach((column, i) => {
      if (column !== null) named[column] = (cells[i] ?? '').trim();
    });
    return { line, cells: named };
  }));
}

function entryOf(cells: Cells, roster: Roster): { ownerId: string | null; score: number | null; input: Result<RecordManualScoreInput, string> } {
  const score = cells.score === undefined || cells.score === '' ? null : Number(cells.score.replace(',', '.'));
  const byEmail = cells.email ? roster.owners.find((o) => o.email !== null && o.email.toLowerCase() === cells.email?.toLowerCase()) : undefined;
  const ownerId = cells.ownerId || byEmail?.id || null;
  const known = score !== null && Number.isFinite(score) ? score : null;
  if (ownerId === null) return { ownerId, score: known, input: err(cells.email ? `no owner has the e-mail ${cells.email}` : 'the row names no owner (ownerId or email)') };
  if (score === null || !Number.isFinite(score)) return { ownerId, score: known, input: err(cells.score ? `the score "${cells.score}" is not a number` : 'the row has no score') };
  const parsed = recordManualScoreInputSchema.safeParse({ ownerId, key: cells.key, period: cells.period, score, ...(cells.source ? { source: cells.source.toLowerCase() } : {}) });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ownerId, score: known, input: err(issue === undefined ? 'the row is not valid' : `${issue.path.join('.')}: ${issue.message}`) };
  }
  return { ownerId, score: known, input: ok(parsed.data) };
}
