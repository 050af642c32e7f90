import { openSqliteStore } from '../../src/store/sqliteStore';
import { digestLedgerContract } from './digestLedgerContract';
import { manualClock } from './settingsStoreContract';

describe('the digest ledger in SQLite (weekly digests, monthly summaries)', () => {
  digestLedgerContract(async () => {
    const store = openSqliteStore({ path: ':memory:', now: manualClock().now });
    return { ledger: store.digests, close: async () => store.close() };
  });
});
