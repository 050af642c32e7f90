import { existsSync } from 'node:fs';
import { parseBackendEnv } from '../../src/server/backendEnv';
import { openStore } from '../../src/store/openStore';
import { describeOnPostgres, freshPgSchemas } from './pgTestDb';
import { settingsWith } from './settingsStoreContract';
import { tempDbPaths } from './tempDb';

const tempDbPath = tempDbPaths();

describe('openStore', () => {
  it('opens the SQLite file of KPI_DB_PATH when no KPI_DATABASE_URL is set, blank counting as unset', async () => {
    const path = tempDbPath();
    const store = await openStore({ KPI_DB_PATH: path, KPI_DATABASE_URL: '  ' }, () => 0);
    try {
      expect(store.kind).toBe('sqlite');
      expect(existsSync(path)).toBe(true);
      expect(store.sharedLimiter(4242)).toBeNull();
    } finally {
      await store.close();
    }
  });

  it('refuses a KPI_DATABASE_URL that is not a PostgreSQL URL, by name and without echoing it', () => {
    expect(() => parseBackendEnv({ KPI_DATABASE_URL: 'mysql://kpi:s3cret@db/kpi' })).toThrow(/^KPI_DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL$/);
    expect(parseBackendEnv({ KPI_DATABASE_URL: 'postgresql://kpi@db/kpi' }).KPI_DATABASE_URL).toBe('postgresql://kpi@db/kpi');
    expect(parseBackendEnv({ KPI_DATABASE_URL: '' }).KPI_DATABASE_URL).toBeUndefined();
  });
});

describeOnPostgres('openStore on PostgreSQL', (url) => {
  const schemas = freshPgSchemas(url);
  it('opens the database of KPI_DATABASE_URL, with its limiter shared through the database', async () => {
    const withSchema = new URL(url);
    withSchema.searchParams.set('options', `-c search_path=${await schemas()}`);
    const env = { KPI_DATABASE_URL: withSchema.toString(), KPI_DB_PATH: tempDbPath() };
    const one = await openStore(env, () => 0);
    const two = await openStore(env, () => 0);
    try {
      expect(one.kind).toBe('postgres');
      expect(existsSync(env.KPI_DB_PATH)).toBe(false);
      expect(one.sharedLimiter(4242)).not.toBeNull();
      await one.settings.save(4242, settingsWith(4), { expectedVersion: 0, savedBy: 'ana' });
      expect((await two.settings.getCurrent(4242))?.settings).toEqual(settingsWith(4));
    } finally {
      await one.close();
      await two.close();
    }
  });
});
