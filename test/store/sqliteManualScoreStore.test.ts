import { openSqliteStore } from '../../src/store/sqliteStore';
import { manualScoreStoreContract } from './manualScoreStoreContract';
import { manualClock } from './settingsStoreContract';

describe('manual scores in SQLite (kpi-spec §2)', () => {
  manualScoreStoreContract(async () => {
    const store = openSqliteStore({ path: ':memory:', now: manualClock().now });
    return { store: store.manualScores, close: async () => store.close() };
  });
});
