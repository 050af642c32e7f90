import fc from 'fast-check';
import { createServerlessClient } from '../../../extensions/client/createServerlessClient';
import { ENDPOINTS } from '../../../extensions/client/endpoints';
import { errorCodeSchema } from '../../../src/handlers/contracts/common';
import { dealFixture, scanFixture } from '../support/fixtures';

/** The card's context.user. */
const USER = { id: 51000011, email: 'li.na@example.com', locale: 'zh-CN' };
const claimedUser = { id: 51000011, email: 'li.na@example.com', locale: 'zh-CN' };

describe('createServerlessClient', () => {
  it('calls the deal-kpis app function with the input as parameters and returns the parsed DTO', async () => {
    const run = jest.fn(async () => ({ ok: true, data: dealFixture }));
    const result = await createServerlessClient(USER, run).dealKpis({ dealId: '7001' });
    expect(run).toHaveBeenCalledWith('deal-kpis', { parameters: { dealId: '7001', claimedUser } });
    expect(result).toEqual({ ok: true, data: dealFixture });
  });

  it('asks HubSpot to send the record properties the card names with the call', async () => {
    const run = jest.fn(async () => ({ ok: true, data: dealFixture }));
    await createServerlessClient(USER, run).dealKpis({ dealId: '7001' }, { propertiesToSend: ['amount', 'dealstage'] });
    expect(run).toHaveBeenCalledWith('deal-kpis', { parameters: { dealId: '7001', claimedUser }, propertiesToSend: ['amount', 'dealstage'] });
  });

  it('maps every client method to its own app function', async () => {
    const run = jest.fn(async () => ({ ok: false, error: { code: 'internal', message: 'x' } }));
    const client = createServerlessClient(USER, run);
    await client.ownerScorecard({ period: '2026-Q3' });
    await client.funnelHealth({});
    await client.getSettings();
    await client.settingsContext();
    await client.saveSettings({ settings: {}, expectedVersion: 1 });
    await client.settingsHistory();
    await client.restoreSettings({ version: 2, expectedVersion: 3 });
    await client.scanAlerts({ pipelineId: 'default' });
    expect(run.mock.calls.map((c) => (c as unknown[])[0])).toEqual([
      'owner-scorecard', 'funnel-health', 'get-settings', 'settings-context', 'save-settings',
      'settings-history', 'restore-settings', 'scan-alerts',
    ]);
    expect(run.mock.calls[2]).toEqual(['get-settings', { parameters: { claimedUser } }]);
  });

  it('passes a handler error through unchanged, field errors included', async () => {
    const error = { code: 'invalid', message: 'settings are invalid', fields: [{ field: 'roles.rep.kpis', message: 'weights add up to 110' }] };
    const result = await createServerlessClient(USER, async () => ({ ok: false, error })).saveSettings({ settings: {}, expectedVersion: 7 });
    expect(result).toEqual({ ok: false, error });
  });

  it('turns data that breaks the contract into an internal error naming the function and the field', async () => {
    const broken = { ...dealFixture, health: { ...dealFixture.health, daysInStage: 'forty-one' } };
    const result = await createServerlessClient(USER, async () => ({ ok: true, data: broken })).dealKpis({ dealId: '7001' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('internal');
    expect(result.error.message).toContain('deal-kpis');
    expect(result.error.message).toContain('health.daysInStage');
  });

  it('turns a reply without the { ok } envelope into an internal error', async () => {
    const result = await createServerlessClient(USER, async () => scanFixture).scanAlerts({});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('reports a thrown call (timeout, function crash) as "could not reach", which the card offers to retry', async () => {
    const result = await createServerlessClient(USER, async () => {
      throw new Error('Serverless function timed out');
    }).dealKpis({ dealId: '7001' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'crm_unavailable', message: 'Could not reach the KPI service (deal-kpis): Serverless function timed out' },
    });
  });

  it('keeps any well-formed handler error intact (property)', async () => {
    const arbError = fc.record({
      code: fc.constantFrom(...errorCodeSchema.options),
      message: fc.string(),
      fields: fc.option(fc.array(fc.record({ field: fc.string(), message: fc.string() })), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(arbError, fc.constantFrom(...(Object.keys(ENDPOINTS) as (keyof typeof ENDPOINTS)[])), async (error, method) => {
        const clean = error.fields === undefined ? { code: error.code, message: error.message } : error;
        const client = createServerlessClient(USER, async () => ({ ok: false, error: clean }));
        const call = client[method] as (input: never) => Promise<unknown>;
        expect(await call({} as never)).toEqual({ ok: false, error: clean });
      }),
    );
  });
});
