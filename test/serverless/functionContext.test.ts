import fc from 'fast-check';
import { readFunctionContext } from '../../serverless/functionContext';

/** The context HubSpot's 2026.03 runtime builds for `hubspot.serverless(name, { parameters, propertiesToSend })`. */
const hubspotContext = (parameters: Record<string, unknown>, propertiesToSend: Record<string, unknown> = {}) => ({
  parameters,
  propertiesToSend,
  event: { type: 'SERVERLESS_ACTION_HOOK', payload: {} },
  secrets: { PRIVATE_APP_ACCESS_TOKEN: 'pat-na1-abc' },
});

describe('readFunctionContext', () => {
  it('reads HubSpot’s 2026.03 context: the user the card claims, the input without the claim, the record properties and secrets', () => {
    const read = readFunctionContext(
      hubspotContext({ dealId: '42', claimedUser: { id: 51000011, email: 'li.na@example.com', locale: 'zh-CN' } }, { amount: '1200', dealstage: 'qualified', hs_v2_date_entered_qualified: null }),
    );
    expect(read).toEqual({
      ok: true,
      value: {
        user: { userId: 51000011, email: 'li.na@example.com', locale: 'zh-CN', identity: 'claimed' },
        accountId: null,
        input: { dealId: '42' },
        propertiesToSend: { amount: '1200', dealstage: 'qualified', hs_v2_date_entered_qualified: null },
        secrets: { PRIVATE_APP_ACCESS_TOKEN: 'pat-na1-abc' },
      },
    });
  });

  it('takes the runtime’s user over the card’s claim where a runtime names one', () => {
    const read = readFunctionContext({ ...hubspotContext({ claimedUser: { id: 1 } }), accountId: '881', user: { id: '7', firstName: 'Na' } });
    expect(read.ok && read.value.user).toEqual({ userId: 7, email: null, locale: 'en-US', identity: 'verified' });
    expect(read.ok && read.value.accountId).toBe(881);
  });

  it('never lets parameters name the portal: they stay handler input, which no handler reads a portal from', () => {
    const read = readFunctionContext(hubspotContext({ portalId: 999, accountId: 999, claimedUser: { id: 7 } }));
    expect(read.ok && read.value.accountId).toBeNull();
    expect(read.ok && read.value.input).toEqual({ portalId: 999, accountId: 999 });
  });

  it.each([
    ['no user at all', hubspotContext({ dealId: '1' })],
    ['a claimed user id that is not a number', hubspotContext({ claimedUser: { id: 'ana' } })],
    ['a runtime user id that is not a number', { ...hubspotContext({}), user: { id: 'ana' } }],
    ['nothing at all', undefined],
  ])('refuses a context with %s as unauthorized', (_case, context) => {
    const read = readFunctionContext(context);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error.code).toBe('unauthorized');
  });

  it('keeps any claimed user id as given, as a claim (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), fc.boolean(), (userId, asText) => {
        const read = readFunctionContext(hubspotContext({ claimedUser: { id: asText ? String(userId) : userId } }));
        return read.ok && read.value.user.userId === userId && read.value.user.identity === 'claimed' && !('claimedUser' in read.value.input);
      }),
    );
  });
});
