import fs from 'fs';
import os from 'os';
import path from 'path';
import { Client } from 'pg';

/** Where one test file's throwaway database lives; `TEST_DB=postgres` selects PostgreSQL. */
export interface TestDatabase {
  client: 'sqlite' | 'postgres';
  env: Record<string, string>;
  drop(): Promise<void>;
}

const adminUrl = () =>
  process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const withAdmin = async (sql: string) => {
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
};

/** A throwaway database of the suite's kind, or of the kind asked for. */
export const createTestDatabase = async (
  client: TestDatabase['client'] = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite'
): Promise<TestDatabase> => {
  const name = `cchc_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  if (client === 'postgres') {
    await withAdmin(`CREATE DATABASE "${name}"`);
    const url = new URL(adminUrl());
    url.pathname = `/${name}`;
    return {
      client: 'postgres',
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
      drop: () => withAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-test-'));
  return {
    client: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
};
