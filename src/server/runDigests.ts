import { withRequestBudget } from '../crm/requestBudget';
import type { SendDigestsOutput } from '../handlers/contracts/digests';
import { systemRunner } from '../handlers/handlerDeps';
import type { HandlerResult } from '../handlers/handlerResult';
import { sendDigests } from '../handlers/sendDigests';
import type { RequestServices } from './routeHandler';

/** One run of the reporting rhythm as the system runner (the backend's daily schedule), behind the cards' reads. */
export function runDigests(services: RequestServices, portalId: number, now: () => number): Promise<HandlerResult<SendDigestsOutput>> {
  return withRequestBudget({ priority: 'background', deadline: null }, () => sendDigests({}, { ...services, viewer: systemRunner(portalId, 'scheduled digests'), now }));
}

/** "created 3, recovered 0, already sent 5, pending 0, failed 0", for logs. */
export const digestSummary = (output: SendDigestsOutput): string => `created ${output.created.length}, recovered ${output.recovered.length}, already sent ${output.alreadySent}, pending ${output.pending}, failed ${output.failed.length}${output.failed.length === 0 ? '' : ` (${output.failed[0]?.message})`}`;
