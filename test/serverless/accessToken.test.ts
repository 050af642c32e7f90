import { ACCESS_TOKEN_SECRET, accessTokenOf } from '../../serverless/accessToken';

describe('accessTokenOf', () => {
  it('reads the app secret from the environment HubSpot injects', () => {
    expect(accessTokenOf({}, { [ACCESS_TOKEN_SECRET]: 'pat-na1-abc' })).toEqual({ ok: true, value: 'pat-na1-abc' });
  });

  it('prefers a secret handed on the context over the environment', () => {
    expect(accessTokenOf({ [ACCESS_TOKEN_SECRET]: 'from-context' }, { [ACCESS_TOKEN_SECRET]: 'from-env' })).toEqual({ ok: true, value: 'from-context' });
  });

  it.each([
    ['missing', {}],
    ['blank', { [ACCESS_TOKEN_SECRET]: '   ' }],
  ])('answers unauthorized, naming the secret to add, when it is %s', (_case, env) => {
    const token = accessTokenOf({}, env);
    expect(token.ok).toBe(false);
    expect(!token.ok && token.error.code).toBe('unauthorized');
    expect(!token.ok && token.error.message).toContain(`hs secret add ${ACCESS_TOKEN_SECRET}`);
  });
});
