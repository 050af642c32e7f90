import { dbPathFromEnv } from '../../src/store/dbPathFromEnv';

describe('where the SQLite file lives', () => {
  it('uses KPI_DB_PATH when set', () => {
    expect(dbPathFromEnv({ KPI_DB_PATH: '/var/lib/kpi/portal.sqlite' })).toBe('/var/lib/kpi/portal.sqlite');
  });
  it('falls back to ./data/kpi.sqlite when unset or blank', () => {
    expect(dbPathFromEnv({})).toBe('./data/kpi.sqlite');
    expect(dbPathFromEnv({ KPI_DB_PATH: '  ' })).toBe('./data/kpi.sqlite');
  });
});
