import type { RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import type { EmulatorOptions } from '../../src/emulator/emulatorOptions';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { DEMO_ADMIN_USER_ID } from '../../src/emulator/demo/demoRoster';
import { DEMO_PORTAL, generateDemoSnapshot } from '../../src/emulator/demo/generateDemoSnapshot';
import { snapshotSchema } from '../../src/domain/snapshot';
import { INTERACTIVE_BUDGET_MS } from '../../src/crm/requestBudget';
import { ACCESS_TOKEN_SECRET } from '../../serverless/accessToken';
import type { AppFunctionMain } from '../../serverless/appFunction';
import { main as dealKpisFn } from '../../serverless/functions/deal-kpis';
import { main as ownerScorecardFn } from '../../serverless/functions/owner-scorecard';
import { main as getSettingsFn } from '../../serverless/functions/get-settings';
import { main as scanAlertsFn } from '../../serverless/functions/scan-alerts';

/**
 * The app functions (no backend: settings and the alert ledger are custom objects in the
 * portal) under the same faults as the backend's routes: each answers within its budget with
 * `crm_unavailable`, including the reads of its own stores in the portal.
 */
const NOW = Date.UTC(2026, 10, 1, 2, 0, 0);
const snapshot = snapshotSchema.parse(generateDemoSnapshot({ deals: 300, seed: 11, asOf: NOW }));
const dealId = snapshot.deals!.find((d) => d.properties.hubspot_owner_id)!.id;
const BOUND_MS = INTERACTIVE_BUDGET_MS + 2_000;

const FUNCTIONS: readonly [string, AppFunctionMain, Record<string, unknown>][] = [
  ['deal-kpis', dealKpisFn, { dealId }],
  ['owner-scorecard', ownerScorecardFn, {}],
  ['get-settings', getSettingsFn, {}],
  ['scan-alerts', scanAlertsFn, {}],
];

const FAULTS: readonly [string, EmulatorOptions][] = [
  ['a CRM that never answers', { hang: { rate: 1 } }],
  ['a 429 storm with Retry-After: 30', { rateLimitStorm: { rate: 1, retryAfterSeconds: 30 } }],
  ['HubSpot answering 503 to everything', { faults: { rate: 1, status: 503 } }],
];

const running: RunningEmulator[] = [];
afterAll(async () => Promise.all(running.map((r) => r.close())));

describe('app functions answer within their budget under HubSpot faults', () => {
  it.each(FAULTS.map(([name]) => name))('%s: crm_unavailable within the budget', async (fault) => {
    const options = FAULTS.find(([name]) => name === fault)![1];
    const emulator = await createCrmEmulator(snapshot, { ...options, limits: false, now: () => NOW }).listen(0);
    running.push(emulator);
    const answers = await Promise.all(
      FUNCTIONS.map(async ([name, main, parameters]) => {
        const started = Date.now();
        const context = { accountId: DEMO_PORTAL.id, user: { id: DEMO_ADMIN_USER_ID, email: 'admin@example.com', locale: 'en-US' }, parameters, secrets: { [ACCESS_TOKEN_SECRET]: DEMO_TOKEN } };
        const result = await main(context, { basePath: emulator.url, now: () => NOW, env: {} });
        const ms = Date.now() - started;
        if (process.env.DEBUG_DEADLINES) console.log(name, ms, JSON.stringify(result));
        return { name, result, withinBound: ms <= BOUND_MS };
      }),
    );
    for (const a of answers) expect({ name: a.name, withinBound: a.withinBound, result: a.result }).toEqual({ name: a.name, withinBound: true, result: { ok: false, error: { code: 'crm_unavailable', message: expect.any(String) } } });
  }, 60_000);
});
