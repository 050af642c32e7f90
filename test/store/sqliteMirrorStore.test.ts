import { openSqliteStore } from '../../src/store/sqliteStore';
import { mirrorStoreContract } from './mirrorStoreContract';

mirrorStoreContract('SQLite', async () => {
  const store = openSqliteStore({ path: ':memory:', now: () => 0 });
  return { store: store.mirror, close: async () => store.close() };
});
