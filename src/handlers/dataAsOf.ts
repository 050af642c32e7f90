import type { HandlerDeps } from './handlerDeps';

/** The answer's "data as of": the port's last read of HubSpot, or this request's instant for a live read. */
export const dataAsOf = (deps: Pick<HandlerDeps, 'crm' | 'now'>): string => new Date(deps.crm.dataAsOf() ?? deps.now()).toISOString();
