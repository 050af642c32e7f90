import { formatPeriod } from '../domain/period';
import type { Team } from '../domain/portal';
import type { MonthlySummary } from '../digests/digestSchema';
import type { DigestKey } from '../store/digestLedger';
import { noInputSchema } from './noInput';
import type { SendDigestsOutput } from './contracts/digests';
import { sendDigestsOutputSchema } from './contracts/digests';
import type { DigestFormat, DigestText } from './digestTaskText';
import { monthlySummaryText, weeklyDigestText } from './digestTaskText';
import type { HandlerDeps } from './handlerDeps';
import { isSystemRunner } from './handlerDeps';
import type { HandlerResult } from './handlerResult';
import { handlerErr, handlerOk } from './handlerResult';
import { readMonthlySummary, readWeeklyDigest, reportPeriods } from './readDigests';
import type { RequestContext } from './requestContext';
import { requestContext } from './requestContext';
import { runHandler } from './runHandler';
import { sendDigestOnce } from './sendDigestOnce';

interface Recipient {
  ownerId: string;
  name: string;
  teams: Team[];
}

/** The managers the settings name, each with the teams of this portal they manage. */
function recipientsOf(context: RequestContext): Recipient[] {
  const { roster, settings } = context;
  const byOwner = new Map<string, Recipient>();
  for (const entry of settings.settings.teams) {
    const team = roster.teams.find((t) => t.id === entry.teamId);
    if (team === undefined) continue;
    for (const ownerId of entry.managerOwnerIds) {
      const owner = roster.owners.find((o) => o.id === ownerId && o.active);
      if (owner === undefined) continue;
      const r = byOwner.get(ownerId) ?? { ownerId, name: owner.name, teams: [] };
      r.teams.push(team);
      byOwner.set(ownerId, r);
    }
  }
  return [...byOwner.values()];
}

/**
 * sendDigests (docs/kpis.md "Digests"): the reporting rhythm's scheduled run, for the system
 * runner only. Every manager named in the settings gets the weekly digest of the last whole
 * week over their teams, and each of their teams' monthly summary of the last whole month, as
 * a HubSpot task assigned to them: a note can only hang on a record (contact, company, deal),
 * and a manager is an owner, not a record, so a task is what reaches them. Each is created
 * once through the digest ledger (sendDigestOnce): a digest it has is neither computed nor
 * written again, even after a run cut off between HubSpot's answer and the ledger's write.
 */
export function sendDigests(input: unknown, deps: HandlerDeps): Promise<HandlerResult<SendDigestsOutput>> {
  return runHandler({ input: noInputSchema, output: sendDigestsOutputSchema }, input, async () => {
    if (!isSystemRunner(deps.viewer)) return handlerErr('forbidden', 'digests are sent by the backend’s schedule');
    const ledger = deps.digests;
    if (ledger === undefined) return handlerErr('needs_backend', 'digests are sent by the KPI backend, which keeps the ledger that sends each one once');
    const context = await requestContext(deps);
    if (!context.ok) return context;
    const { portal, settings, roster, now } = context.value;
    const { week, month } = reportPeriods(context.value);
    const format: DigestFormat = { language: settings.settings.digests.language, currency: portal.currency, timeZone: context.value.calendar.timeZone };
    const out: SendDigestsOutput = { created: [], recovered: [], alreadySent: 0, pending: 0, failed: [], teamsWithoutManager: [] };
    const run = { ledger, crm: deps.crm, now, language: format.language };
    const send = async (key: Omit<DigestKey, 'portalId'>, text: () => Promise<DigestText>): Promise<void> => {
      const outcome = await sendDigestOnce(run, { ...key, portalId: portal.id }, text);
      if (outcome.kind === 'already_sent') out.alreadySent++;
      else if (outcome.kind === 'pending') out.pending++;
      else if (outcome.kind === 'failed') out.failed.push({ ...key, message: outcome.message });
      else out[outcome.kind].push({ ...key, taskId: outcome.taskId });
    };
    const recipients = recipientsOf(context.value);
    // A team with two managers sends each of them the same summary, computed once.
    const summaries = new Map<string, Promise<MonthlySummary>>();
    for (const r of recipients) {
      if (settings.settings.digests.weekly) {
        await send({ kind: 'weekly', ownerId: r.ownerId, teamId: '', period: week.label }, async () => weeklyDigestText(await readWeeklyDigest(deps, context.value, r, r.teams, week), format));
      }
      if (!settings.settings.digests.monthly) continue;
      for (const team of r.teams) {
        await send({ kind: 'monthly', ownerId: r.ownerId, teamId: team.id, period: formatPeriod(month) }, async () => {
          const summary = summaries.get(team.id) ?? readMonthlySummary(deps, context.value, team, month);
          summaries.set(team.id, summary);
          return monthlySummaryText(await summary, format);
        });
      }
    }
    const managed = new Set(recipients.flatMap((r) => r.teams.map((t) => t.id)));
    out.teamsWithoutManager = roster.teams.filter((t) => !managed.has(t.id)).map((t) => t.name);
    return handlerOk(out);
  });
}

