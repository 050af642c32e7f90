import Database from 'better-sqlite3';
import { alertKeySchema } from '../../src/store/alertLedger';
import { sqliteAlertLedger } from '../../src/store/sqliteAlertLedger';
import { migrate } from '../../src/store/sqliteMigrations';
import { openSqliteStore } from '../../src/store/sqliteStore';
import { alertLedgerContract, eastLeadAlert } from './alertLedgerContract';
import { manualClock } from './settingsStoreContract';

const COLUMN = { rate: 'rate', n: 'n' } as const;

describe('the SQLite alert ledger', () => {
  alertLedgerContract(async () => {
    const db = new Database(':memory:');
    migrate(db);
    return {
      ledger: sqliteAlertLedger(db),
      async corrupt(keyInput, field, value) {
        const k = alertKeySchema.parse(keyInput);
        db.prepare(
          `UPDATE alert_ledger SET ${COLUMN[field]} = ? WHERE portal_id = ? AND period = ? AND pipeline_id = ? AND from_stage_id = ? AND to_stage_id = ? AND group_type = ? AND group_id = ?`,
        ).run(value, k.portalId, k.period, k.pipelineId, k.fromStageId, k.toStageId, k.groupType, k.groupId);
      },
      close: async () => void db.close(),
    };
  });

  it('is the ledger facet of the SQLite store', async () => {
    const store = openSqliteStore({ path: ':memory:', now: manualClock().now });
    try {
      await store.alerts.upsert({ ...eastLeadAlert, taskId: 'task-901' });
      expect((await store.alerts.get(eastLeadAlert))?.taskId).toBe('task-901');
    } finally {
      store.close();
    }
  });
});
