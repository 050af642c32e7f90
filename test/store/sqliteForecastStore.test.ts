import { openSqliteStore } from '../../src/store/sqliteStore';
import { forecastStoreContract } from './forecastStoreContract';
import { manualClock } from './settingsStoreContract';

describe('forecasts frozen at period start in SQLite (forecast_accuracy, kpi-spec §4)', () => {
  forecastStoreContract(async () => {
    const store = openSqliteStore({ path: ':memory:', now: manualClock().now });
    return { store: store.forecasts, close: async () => store.close() };
  });
});
