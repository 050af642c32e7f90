import type { Request, Response, Router } from 'express';
import type { EmulatorRequest, RouteSpec } from './emulatorRequest';
import type { HttpReply } from './httpReply';
import { badRequest, correlationId, errorReply } from './httpReply';
import type { RatePolicy } from './rateLimiter';
import type { GateConfig } from './requestGate';
import { passGate } from './requestGate';
import type { RequestCounter } from './requestStats';

export interface MountDeps {
  gate: GateConfig;
  counter: RequestCounter;
  latencyMs: number;
  searchPolicy: RatePolicy;
  generalPolicy: RatePolicy;
}

/**
 * Puts every route on the router behind the same pipeline: count the request, wait the
 * configured latency, pass the gate (token, rate window, injected fault), parse the JSON
 * body, run the handler, write its reply with HubSpot's correlation-id header.
 */
export function mountRoutes(router: Router, specs: readonly RouteSpec[], deps: MountDeps): void {
  for (const spec of specs) {
    for (const path of spec.paths) {
      router[spec.method](path, (req, res) => {
        handle(spec, req, deps).then(
          (answer) => send(res, answer),
          (error: unknown) => send(res, errorReply(500, 'INTERNAL_ERROR', error instanceof Error ? error.message : 'internal error')),
        );
      });
    }
  }
  router.use((req, res) => {
    deps.counter.count(`${req.method} (unmatched)`);
    send(res, errorReply(404, 'OBJECT_NOT_FOUND', `No route for ${req.method} ${req.path}`));
  });
}

async function handle(spec: RouteSpec, req: Request, deps: MountDeps): Promise<HttpReply> {
  deps.counter.count(spec.key);
  if (deps.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, deps.latencyMs));
  const policy = spec.search === true ? deps.searchPolicy : deps.generalPolicy;
  const gate = passGate(deps.gate, req.header('authorization'), policy, spec.search !== true);
  if ('hang' in gate) return new Promise<HttpReply>(() => undefined);
  if (!gate.passed) return gate.reply;
  const request = toEmulatorRequest(req);
  const answer = 'invalid' in request ? request.invalid : spec.handler(request);
  return { ...answer, headers: { ...gate.headers, ...answer.headers } };
}

function toEmulatorRequest(req: Request): EmulatorRequest | { invalid: HttpReply } {
  const rawBody = typeof req.body === 'string' ? req.body : '';
  let body: unknown = undefined;
  if (rawBody.trim() !== '') {
    try {
      body = JSON.parse(rawBody);
    } catch (error) {
      return { invalid: badRequest(`Invalid input JSON: ${error instanceof Error ? error.message : 'unreadable body'}`) };
    }
  }
  return { params: { ...req.params } as Record<string, string>, query: req.query as Record<string, unknown>, body, rawBody };
}

function send(res: Response, answer: HttpReply): void {
  if (answer.status === 204) {
    res.status(204).set({ 'X-HubSpot-Correlation-Id': correlationId(), ...answer.headers }).end();
    return;
  }
  const id = typeof answer.body === 'object' && answer.body !== null && 'correlationId' in answer.body ? String(answer.body.correlationId) : correlationId();
  res.status(answer.status).set({ 'X-HubSpot-Correlation-Id': id, ...answer.headers }).json(answer.body);
}
