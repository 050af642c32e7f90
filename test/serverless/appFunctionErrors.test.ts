import { ACCESS_TOKEN_SECRET } from '../../serverless/accessToken';
import { appFunction } from '../../serverless/appFunction';
import { handlerErr } from '../../src/handlers/handlerResult';

const context = { accountId: 20260001, user: { id: 51_000_002, email: 'admin@example.com', locale: 'en-US' }, parameters: {}, secrets: { [ACCESS_TOKEN_SECRET]: 'token' } };

describe('an app function’s internal error', () => {
  it('is logged with what was thrown, and answered without it', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'stages') at /srv/handlers/x.ts:3");
    const logged: unknown[][] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args));
    try {
      const main = appFunction(async () => ({ ...handlerErr('internal', 'something went wrong while computing this card'), cause: bug }));
      const result = await main(context, { env: {} });
      expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'something went wrong while computing this card' } });
      expect(JSON.stringify(result)).not.toContain('/srv/');
      expect(logged).toEqual([['app function failed', bug]]);
    } finally {
      spy.mockRestore();
    }
  });
});
