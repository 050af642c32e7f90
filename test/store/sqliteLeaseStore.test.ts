import { openSqliteStore } from '../../src/store/sqliteStore';
import { leaseStoreContract } from './leaseStoreContract';
import { tempDbPaths } from './tempDb';

const tempDbPath = tempDbPaths();

describe('leases in SQLite', () => {
  leaseStoreContract(async (now) => {
    const store = openSqliteStore({ path: tempDbPath(), now });
    return { leases: store.leases, close: async () => store.close() };
  });
});
