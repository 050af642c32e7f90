import { noBackendStores } from '../../serverless/noBackendStores';

describe('noBackendStores', () => {
  const stores = noBackendStores();

  it('reads as "nothing recorded", so manual KPIs and forecast accuracy stay not_configured', async () => {
    expect(await stores.manualScores.list(881)).toEqual([]);
    expect(await stores.manualScores.history(881)).toEqual([]);
    expect(await stores.forecasts.list(881)).toEqual([]);
  });

  it('refuses writes as values instead of pretending to keep them', async () => {
    const writes = [
      await stores.manualScores.set(881, { ownerId: '7', key: 'csat', period: '2026-Q3', score: 80 }, { name: 'ana', userId: 7 }),
      await stores.forecasts.freezeForecast(881, { subjectKind: 'owner', subjectId: '7', period: '2026-Q3', amount: 120000, frozenAt: 0, source: 'entered' }),
    ];
    for (const write of writes) {
      expect(write.ok).toBe(false);
      expect(!write.ok && write.error.message).toContain('npx kpi serve');
    }
  });
});
