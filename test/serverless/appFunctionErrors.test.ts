import { ACCESS_TOKEN_SECRET } from '../../serverless/accessToken';
import { appFunction } from '../../serverless/appFunction';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import type { RunningEmulator } from '../../src/emulator/createCrmEmulator';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { handlerErr } from '../../src/handlers/handlerResult';

/** HubSpot's 2026.03 context; the token's portal is an emulated one. */
const context = { parameters: { claimedUser: { id: 51_000_002, email: 'admin@example.com', locale: 'en-US' } }, propertiesToSend: {}, secrets: { [ACCESS_TOKEN_SECRET]: DEMO_TOKEN } };
let running: RunningEmulator;
beforeAll(async () => {
  running = await createCrmEmulator({ portal: { id: 20260001, timeZone: 'UTC', currency: 'USD' }, owners: [], pipelines: [], deals: [] }, { limits: false }).listen(0);
});
afterAll(() => running.close());

describe('an app function’s internal error', () => {
  it('is logged with what was thrown, and answered without it', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'stages') at /srv/handlers/x.ts:3");
    const logged: unknown[][] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
    try {
      const main = appFunction(async () => ({ ...handlerErr('internal', 'something went wrong while computing this card'), cause: bug }));
      const result = await main(context, { env: {}, basePath: running.url });
      expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'something went wrong while computing this card' } });
      expect(JSON.stringify(result)).not.toContain('/srv/');
      expect(logged).toEqual([['app function failed', bug]]);
    } finally {
      spy.mockRestore();
    }
  });
});
