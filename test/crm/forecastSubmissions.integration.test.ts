import { crmPortFromGateway } from '../../src/crm/crmPortFromGateway';
import { createCrmGateway } from '../../src/crm/createCrmGateway';
import { DEMO_TOKEN } from '../../src/emulator/emulatorOptions';
import { smallSnapshot, startHarness, type Harness } from '../emulator/fixtures';

const submission = (id: string, properties: Record<string, string>) => ({
  id,
  properties: { hs_createdate: '2026-03-28T10:00:00.000Z', hs_lastmodifieddate: '2026-03-28T10:00:00.000Z', hs_year: '2026', ...properties },
});

let h: Harness;
const forecasts = [
  submission('475911884905', { hubspot_owner_id: '11', hs_milestone: 'quarterly', hs_fiscal_quarter: '2', hs_amount: '75000', hs_forecast_start_date: '1775001600000', hs_forecast_end_date: '1782863999999' }),
  submission('475911884906', { hs_team_id: '39577840', hs_milestone: 'monthly', hs_fiscal_month: '4', hs_amount: '31000.5', hs_forecast_start_date: '1775001600000', hs_forecast_end_date: '1777593599999' }),
  ...Array.from({ length: 140 }, (_, i) => submission(String(475911885000 + i), { hubspot_owner_id: '12', hs_milestone: 'monthly', hs_amount: String(i), hs_forecast_start_date: '1775001600000' })),
];
beforeAll(async () => {
  h = await startHarness({ ...smallSnapshot(), forecasts }, { limits: false });
});
afterAll(() => h.server.close());

describe('forecast submissions through @hubspot/api-client at the Forecasts API guide’s path', () => {
  it('reads every page of submissions with the owner, team, amount, milestone, start and submission time', async () => {
    h.emulator.stats.reset();
    const port = crmPortFromGateway(createCrmGateway({ accessToken: DEMO_TOKEN, basePath: h.server.url }));
    const read = await port.forecastSubmissions();
    expect(read).toHaveLength(142);
    expect(h.emulator.stats.byRoute).toEqual({ 'GET /crm/objects/v3/forecasts': 2 });
    expect(read?.slice(0, 2)).toEqual([
      { id: '475911884905', ownerId: '11', teamId: null, amount: 75_000, kind: 'quarter', startsAt: 1_775_001_600_000, submittedAt: Date.parse('2026-03-28T10:00:00.000Z') },
      { id: '475911884906', ownerId: null, teamId: '39577840', amount: 31_000.5, kind: 'month', startsAt: 1_775_001_600_000, submittedAt: Date.parse('2026-03-28T10:00:00.000Z') },
    ]);
  });
});
