import { CrmError } from '../crm/crmError';
import type { CrmPort } from '../crm/crmPort';
import type { Result } from '../domain/result';
import type { DigestEntry, DigestKey, DigestLedger } from '../store/digestLedger';
import { byNumericId } from '../domain/byNumericId';
import type { TaskLanguage } from './alertTaskText';
import { digestReference, withDigestReference } from './digestReference';
import type { DigestText } from './digestTaskText';

/**
 * How long a claim may stand without its task before a run takes it over. HubSpot's search
 * trails a create by seconds (design.md, HubSpot facts, Search), and a create in flight ends
 * within its timeout and retries; ten minutes is far past both, and digests run daily, so a
 * claim left by a run cut off is resolved by the next day's run at the latest.
 */
export const CLAIM_SETTLE_MS = 10 * 60_000;

export interface DigestRun {
  ledger: DigestLedger;
  crm: CrmPort;
  now: number;
  language: TaskLanguage;
}

/** What became of one digest in a run. */
export type DigestOutcome =
  | { kind: 'created'; taskId: string }
  /** A run cut off after HubSpot created the task: found by its reference and recorded, not created again. */
  | { kind: 'recovered'; taskId: string }
  | { kind: 'already_sent' }
  /** Claimed by a run that may still be creating it (or whose task search does not show yet): left to a later run. */
  | { kind: 'pending' }
  /**
   * HubSpot refused or failed the create (a create is not retried after a 5xx, which may come
   * after the task was made): the claim stays, and a later run finds the task or creates it,
   * while this run goes on with the other digests.
   */
  | { kind: 'failed'; message: string };

/**
 * One digest, created at most once (docs/kpis.md "Digests", "Once each"): the ledger is
 * claimed before HubSpot is asked, the task is recorded on the claim, and a claim found
 * without its task is first looked for in HubSpot by owner, subject and reference; only a
 * claim older than CLAIM_SETTLE_MS whose task HubSpot does not have is taken over (by one run
 * alone) and its task created. `text` is computed only when a task is to be created.
 */
export async function sendDigestOnce(run: DigestRun, key: DigestKey, text: () => Promise<DigestText>): Promise<DigestOutcome> {
  const entry = await run.ledger.get(key);
  if (entry === null) {
    const draft = await text();
    const claim = written(await run.ledger.claim({ ...key, claimedAt: run.now, subject: draft.subject }), key);
    return claim.won ? create(run, key, draft) : resolveClaim(run, key, claim.entry, text);
  }
  return resolveClaim(run, key, entry, text);
}

async function resolveClaim(run: DigestRun, key: DigestKey, entry: DigestEntry, text: () => Promise<DigestText>): Promise<DigestOutcome> {
  if (entry.taskId !== null) return { kind: 'already_sent' };
  const found = await claimedTask(run.crm, key, entry);
  if (found !== null) {
    const recorded = written(await run.ledger.record({ ...key, taskId: found, createdAt: run.now }), key);
    return { kind: 'recovered', taskId: recorded.taskId ?? found };
  }
  if (run.now - entry.claimedAt < CLAIM_SETTLE_MS) return { kind: 'pending' };
  const draft = await text();
  const retake = written(await run.ledger.retake({ ...key, fromClaimedAt: entry.claimedAt, claimedAt: run.now, subject: draft.subject }), key);
  if (retake.won) return create(run, key, draft);
  return retake.entry.taskId === null ? { kind: 'pending' } : { kind: 'already_sent' };
}

/** The task HubSpot created for the claim, the lowest id if a cut-off run left several; null when search shows none. */
async function claimedTask(crm: CrmPort, key: DigestKey, entry: DigestEntry): Promise<string | null> {
  if (entry.subject === null) return null;
  const reference = digestReference(key);
  const tasks = (await crm.tasksBySubject(key.ownerId, entry.subject)).filter((t) => t.body.includes(reference));
  return tasks.sort(byNumericId)[0]?.id ?? null;
}

async function create(run: DigestRun, key: DigestKey, draft: DigestText): Promise<DigestOutcome> {
  const body = withDigestReference(draft.body, key, run.language);
  let task: { id: string };
  try {
    task = await run.crm.createTask({ subject: draft.subject, body, ownerId: key.ownerId, dueAt: run.now, priority: 'LOW' });
  } catch (error) {
    if (error instanceof CrmError) return { kind: 'failed', message: error.message };
    throw error;
  }
  const recorded = written(await run.ledger.record({ ...key, taskId: task.id, createdAt: run.now }), key);
  return { kind: 'created', taskId: recorded.taskId ?? task.id };
}

function written<T>(result: Result<T, { message: string }>, key: DigestKey): T {
  if (!result.ok) throw new Error(`the digest ledger refused ${key.kind} ${key.period} for ${key.ownerId}: ${result.error.message}`);
  return result.value;
}
