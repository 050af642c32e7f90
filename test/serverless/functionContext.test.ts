import fc from 'fast-check';
import { readFunctionContext } from '../../serverless/functionContext';

describe('readFunctionContext', () => {
  it('takes the viewer from the account and the signed-in user, and the input from parameters', () => {
    const read = readFunctionContext({
      accountId: 20260001,
      user: { id: 51000011, email: 'li.na@example.com', locale: 'zh-CN', firstName: 'Na' },
      parameters: { dealId: '42' },
      propertiesToSend: {},
    });
    expect(read).toEqual({
      ok: true,
      value: { viewer: { portalId: 20260001, userId: 51000011, email: 'li.na@example.com', locale: 'zh-CN' }, input: { dealId: '42' }, secrets: {} },
    });
  });

  it('accepts ids HubSpot sends as numeric strings and defaults what is optional', () => {
    const read = readFunctionContext({ accountId: '881', user: { id: '7' } });
    expect(read).toEqual({ ok: true, value: { viewer: { portalId: 881, userId: 7, email: null, locale: 'en-US' }, input: {}, secrets: {} } });
  });

  it('never lets parameters name the portal or the user', () => {
    const read = readFunctionContext({ accountId: 881, user: { id: 7 }, parameters: { portalId: 999, userId: 1, accountId: 999 } });
    expect(read.ok && read.value.viewer).toEqual({ portalId: 881, userId: 7, email: null, locale: 'en-US' });
    expect(read.ok && read.value.input).toEqual({ portalId: 999, userId: 1, accountId: 999 });
  });

  it.each([
    ['no user', { accountId: 881, parameters: {} }],
    ['no account', { user: { id: 7 } }],
    ['a user id that is not a number', { accountId: 881, user: { id: 'ana' } }],
    ['nothing at all', undefined],
  ])('refuses a context with %s as unauthorized', (_case, context) => {
    const read = readFunctionContext(context);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error.code).toBe('unauthorized');
  });

  it('keeps any portal and user id as given (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), fc.integer({ min: 1, max: 2 ** 40 }), fc.boolean(), (portalId, userId, asText) => {
        const read = readFunctionContext({ accountId: asText ? String(portalId) : portalId, user: { id: asText ? String(userId) : userId } });
        return read.ok && read.value.viewer.portalId === portalId && read.value.viewer.userId === userId;
      }),
    );
  });
});
