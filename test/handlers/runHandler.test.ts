import { z } from 'zod';
import { CrmError } from '../../src/crm/crmError';
import type { CrmErrorKind } from '../../src/crm/crmError';
import { dealKpis } from '../../src/handlers/dealKpis';
import { handlerOk } from '../../src/handlers/handlerResult';
import { runHandler } from '../../src/handlers/runHandler';
import { CorruptRecordError } from '../../src/store/corruptRecordError';
import { annData, annSettings, ANN, ANN_PORTAL_ID, ANN_AS_OF, GLOBEX } from './annPortal';
import { harness, tempStores } from './handlerFixture';

const schemas = { input: z.object({ n: z.number() }), output: z.object({ doubled: z.number() }) };
const openStore = tempStores();

describe('runHandler', () => {
  it('parses the input and checks the output against the contract', async () => {
    expect(await runHandler(schemas, { n: 21 }, async ({ n }) => handlerOk({ doubled: n * 2 }))).toEqual({ ok: true, data: { doubled: 42 } });
    expect(await runHandler(schemas, { n: 'x' }, async () => handlerOk({ doubled: 0 }))).toMatchObject({ ok: false, error: { code: 'invalid', fields: [{ field: 'n' }] } });
    expect(await runHandler(schemas, { n: 1 }, async () => handlerOk({ doubled: 'two' as unknown as number }))).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('never lets a thrown error, or its stack, reach the runtime', async () => {
    const thrown = new Error('SQLITE_BUSY at /srv/secret/path.ts:12');
    const result = await runHandler(schemas, { n: 1 }, async () => {
      throw thrown;
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: 'something went wrong while computing this card' } });
    if (result.ok) throw new Error('expected a failure');
    expect(result.error).toEqual({ code: 'internal', message: 'something went wrong while computing this card' });
    // Kept beside the error, for the runtime's log line only.
    expect(result.cause).toBe(thrown);
    const corrupt = await runHandler(schemas, { n: 1 }, async () => {
      throw new CorruptRecordError('settings version 3', 'not JSON');
    });
    expect(corrupt).toMatchObject({ ok: false, error: { code: 'internal', message: 'settings version 3 is corrupt: not JSON' } });
  });
});

describe('a CrmError from the gateway becomes a card error state', () => {
  it.each([
    ['rate_limited', 429, 'rate_limited'],
    ['unavailable', 503, 'crm_unavailable'],
    ['unauthorized', 401, 'crm_unavailable'],
    ['not_found', 404, 'not_found'],
    ['bad_request', 400, 'internal'],
  ] as const)('%s (HTTP %i) → %s', async (kind: CrmErrorKind, status, code) => {
    const h = await harness(openStore, annData(), annSettings());
    const failing = { ...h.port, dealCard: async () => Promise.reject(new CrmError({ kind, status, message: 'HubSpot said no' })) };
    const result = await dealKpis({ dealId: GLOBEX }, h.deps({ portalId: ANN_PORTAL_ID, userId: ANN.userId, email: null, locale: 'en-US' }, failing, ANN_AS_OF));
    expect(result).toMatchObject({ ok: false, error: { code } });
  });
});

describe('an SDK ApiException from the in-portal stores becomes the same card error state', () => {
  const apiException = (code: number) => Object.assign(new Error(`HTTP-Code: ${code}`), { code, body: { message: 'internal error' }, headers: {} });
  it.each([
    [503, 'crm_unavailable'],
    [502, 'crm_unavailable'],
    [429, 'rate_limited'],
  ] as const)('HTTP %i → %s, not a 500', async (status, code) => {
    const result = await runHandler(schemas, { n: 1 }, async () => {
      throw apiException(status);
    });
    expect(result).toMatchObject({ ok: false, error: { code } });
  });
});
