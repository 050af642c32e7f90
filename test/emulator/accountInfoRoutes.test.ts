import { createCrmGateway } from '../../src/crm/createCrmGateway';
import { CrmError } from '../../src/crm/crmError';
import { crmPortFromGateway } from '../../src/crm/crmPortFromGateway';
import { createCrmEmulator } from '../../src/emulator/createCrmEmulator';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import type { Harness } from './fixtures';
import { PORTAL_ID, startHarness } from './fixtures';

// 2026-07-01: Shanghai has no daylight saving, so the offset is +08:00 all year.
const NOW = Date.UTC(2026, 6, 1, 12, 0, 0);

let h: Harness;
beforeAll(async () => {
  h = await startHarness(undefined, { limits: false, now: () => NOW });
});
afterAll(() => h.server.close());

const gateway = (token: string) =>
  createCrmGateway({ accessToken: token, basePath: h.server.url, retryPolicy: { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1 } });

describe('GET /account-info/v3/details', () => {
  it("names the token's portal, its time zone, currency and UI host, through the gateway's SDK client", async () => {
    const details = await gateway(DEMO_TOKEN).records.accountDetails();
    expect(details).toEqual({ portalId: PORTAL_ID, timeZone: 'Asia/Shanghai', companyCurrency: 'CNY', uiDomain: 'app.hubspot.com' });
  });

  it("answers in HubSpot's full shape, with the zone's current UTC offset", async () => {
    const response = await fetch(`${h.server.url}/account-info/v3/details`, { headers: { authorization: `Bearer ${DEMO_TOKEN}` } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      portalId: PORTAL_ID,
      accountType: 'STANDARD',
      timeZone: 'Asia/Shanghai',
      companyCurrency: 'CNY',
      additionalCurrencies: [],
      utcOffset: '+08:00',
      utcOffsetMilliseconds: 8 * 3_600_000,
      uiDomain: 'app.hubspot.com',
      dataHostingLocation: 'na1',
    });
  });

  it('refuses a token the portal does not know, as HubSpot does (401)', async () => {
    const failure = await gateway('not-a-token').records.accountDetails().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(CrmError);
    expect((failure as CrmError).kind).toBe('unauthorized');
  });

  it('is counted under its own route key', async () => {
    h.emulator.stats.reset();
    await gateway(DEMO_TOKEN).records.accountDetails();
    expect(h.emulator.stats.byRoute['GET /account-info/v3/details']).toBe(1);
  });
});

describe('the portal’s UI host', () => {
  it('is the account’s uiDomain, so an EU portal’s task links go to app-eu1.hubspot.com', async () => {
    const eu = await createCrmEmulator({ portal: { id: 881, timeZone: 'Europe/Berlin', currency: 'EUR', uiDomain: 'app-eu1.hubspot.com' }, owners: [], pipelines: [], deals: [] }, { limits: false }).listen(0);
    try {
      const port = crmPortFromGateway(createCrmGateway({ accessToken: DEMO_TOKEN, basePath: eu.url }));
      expect(await port.portal()).toEqual({ id: 881, timeZone: 'Europe/Berlin', currency: 'EUR', uiDomain: 'app-eu1.hubspot.com' });
    } finally {
      await eu.close();
    }
  });
});
