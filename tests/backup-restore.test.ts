import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import knex from 'knex';
import { createTestDatabase, type TestDatabase } from './helpers/database';
import { startSecondNode } from './helpers/second-node-client';

// `npm run backup` on the suite's database (SQLite, or PostgreSQL in the PostgreSQL run), then
// `npm run restore` into a fresh PostgreSQL database: the move off SQLite, and a restore.
const root = path.resolve(__dirname, '..');
const KEY = 'khóa-sao-lưu-của-huyện-2026';
const DEMO = { email: 'admin@cchc.local', password: 'Kiểm-thử@2026' };
const EDITOR = { email: 'bientap.sontay@cchc.local', password: DEMO.password };
const SITE = 'xa-son-tay';

let source: TestDatabase;
let target: TestDatabase;
let sourceFiles: string;
let targetFiles: string;
let work: string;
let archive: string;
let before: Record<string, unknown>;

const run = (script: string, args: string[], env: Record<string, string>) =>
  new Promise<{ code: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(root, 'scripts', script), ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });

const envOf = (database: TestDatabase, publicDir: string) => ({
  ...database.env,
  PUBLIC_DIR: publicDir,
  BACKUP_KEY: KEY,
});

const PORTAL = `query Portal($site: String!, $column: String!, $topic: String!) {
  articles_connection(
    filters: { and: [
      { or: [
        { unit: { slug: { eq: $site } } }
        { sharedWithSubunits: { eq: true }, or: [
          { unit: { children: { slug: { eq: $site } } } }
          { unit: { parent: { children: { slug: { eq: $site } } }, kind: { ne: "people_committee" } } }
        ] }
      ] }
      { or: [{ column: { slug: { eq: $column } } }, { topics: { slug: { eq: $topic } } }] }
    ] }
    sort: ["publishedAt:desc"]
    pagination: { page: 1, pageSize: 10 }
  ) {
    nodes { documentId title slug summary publishedAt unit { name } column { name } topics { name } cover { url } }
    pageInfo { total }
  }
}`;

const withoutTime = ({ generatedAt, ...summary }: { generatedAt: string }) => {
  expect(Date.parse(generatedAt)).toBeGreaterThan(0);
  return summary;
};

const signIn = async (base: string, account: typeof DEMO) => {
  const login = await fetch(`${base}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  expect(login.status).toBe(200);
  return {
    authorization: `Bearer ${((await login.json()) as { data: { token: string } }).data.token}`,
  };
};

/** Row ids: a restore numbers rows anew; documents keep their documentId. */
const withoutRowIds = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(withoutRowIds)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([key]) => key !== 'id')
            .map(([key, item]) => [key, withoutRowIds(item)])
        )
      : value;

/** Each admin-made audit entry with the e-mail of the account its actor id points at. */
const auditActors = async (database: TestDatabase) => {
  const db = knex(
    database.client === 'postgres'
      ? { client: 'pg', connection: database.env.DATABASE_URL }
      : {
          client: 'better-sqlite3',
          connection: { filename: database.env.DATABASE_FILENAME },
          useNullAsDefault: true,
        }
  );
  try {
    return await db('cchc_audit_entries as a')
      .joinRaw('LEFT JOIN admin_users u ON CAST(u.id AS TEXT) = a.actor_id')
      .where('a.actor_type', 'admin')
      .orderBy('a.document_id')
      .select('a.document_id as entry', 'a.actor_label as label', 'u.email as account');
  } finally {
    await db.destroy();
  }
};

/** What portals, feed readers and the office read from a node, as they read it. */
const answersOf = async (base: string) => {
  const admin = await signIn(base, DEMO);
  const json = async (url: string, init: RequestInit = {}) => {
    const res = await fetch(`${base}${url}`, init);
    expect([url, res.status]).toEqual([url, 200]);
    return withoutRowIds(await res.json());
  };
  const text = async (url: string, init: RequestInit = {}) => {
    const res = await fetch(`${base}${url}`, init);
    expect([url, res.status]).toEqual([url, 200]);
    // the node's own address differs from run to run
    return (await res.text()).split(base).join('<node>');
  };
  const campaigns = (await json('/api/campaigns?sort=documentNumber&pagination[pageSize]=100')) as {
    data: Array<{ documentId: string }>;
  };
  const campaign = campaigns.data[0].documentId;
  const files = (await json('/upload/files?pageSize=100&sort=hash:asc', { headers: admin })) as {
    results: Array<{ url: string }>;
  };
  const fileBytes = await Promise.all(
    (files.results as Array<{ url: string }>).map(async ({ url }) =>
      Buffer.from(await (await fetch(`${base}${url}`)).arrayBuffer()).toString('base64')
    )
  );
  return {
    articles: await json(
      '/api/articles?sort[0]=publishedAt:desc&sort[1]=documentId&pagination[pageSize]=100' +
        '&populate[unit][fields][0]=name&populate[topics][fields][0]=name&populate[cover][fields][0]=url'
    ),
    site: await json(`/api/articles?site=${SITE}&sort[0]=publishedAt:desc&sort[1]=documentId`),
    leaflets: await json('/api/leaflets?sort=documentId&pagination[pageSize]=100'),
    trainings: await json('/api/trainings?sort=documentId&pagination[pageSize]=100'),
    units: await json(
      '/api/units?sort=slug&pagination[pageSize]=100&populate[parent][fields][0]=slug'
    ),
    campaigns,
    portal: await json('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: PORTAL,
        variables: { site: SITE, column: 'cai-cach-hanh-chinh', topic: 'dich-vu-cong-truc-tuyen' },
      }),
    }),
    // when the content last changed: a restore is a change, so that caches and readers refetch
    rss: (await text(`/api/feeds/rss.xml?site=${SITE}`)).replace(
      /<lastBuildDate>[^<]*<\/lastBuildDate>/,
      ''
    ),
    search: await json('/api/search?q=thu+tuc&pageSize=20'),
    calendar: await text(`/api/trainings/calendar.ics?site=${SITE}`),
    audit: await text('/cchc/audit-entries/export.csv', { headers: admin }),
    summary: withoutTime(
      (await json(`/cchc/reports/summary?campaign=${campaign}`, { headers: admin })) as {
        generatedAt: string;
      }
    ),
    files: files.results,
    fileBytes,
  };
};

/** Serves the app on a database and public folder, (does `first` and) reads it, stops it. */
const readNode = async (
  database: TestDatabase,
  publicDir: string,
  first: (base: string) => Promise<void> = async () => undefined
) => {
  const node = await startSecondNode({
    env: { ...envOf(database, publicDir), SCHEDULER_ENABLED: 'false' },
  });
  try {
    const base = await node.listen();
    await first(base);
    return { ...(await answersOf(base)), actors: await auditActors(database) };
  } finally {
    await node.stop();
  }
};

/**
 * Accounts write in the admin, so that the audit trail names them: the demo editor, and an
 * account made after one that was then deleted, so that the restore numbers it differently.
 */
const accountsWrite = async (base: string) => {
  const call = async (
    url: string,
    method: string,
    headers: Record<string, string>,
    body?: unknown
  ) => {
    const res = await fetch(`${base}${url}`, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    expect([method, url, res.ok]).toEqual([method, url, true]);
    return ((await res.json()) as { data: any }).data;
  };
  await call(
    '/content-manager/collection-types/api::article.article',
    'POST',
    await signIn(base, EDITOR),
    {
      title: 'Bản nháp trước khi sao lưu',
    }
  );
  const admin = await signIn(base, DEMO);
  const roles = (await call('/admin/roles', 'GET', admin)) as Array<{ id: number; code: string }>;
  const superAdmin = roles.find((role) => role.code === 'strapi-super-admin')!.id;
  const invite = (name: string) =>
    call('/admin/users', 'POST', admin, {
      firstname: name,
      lastname: 'Thử',
      email: `${name.toLowerCase()}.saoluu@cchc.local`,
      roles: [superAdmin],
    });
  const gone = await invite('Xoa');
  const kept = await invite('Giu');
  await call(`/admin/users/${gone.id}`, 'DELETE', admin);
  const registered = await call(
    '/admin/register',
    'POST',
    {},
    {
      registrationToken: kept.registrationToken,
      userInfo: { firstname: 'Giu', lastname: 'Thử', password: DEMO.password },
    }
  );
  const asKept = { authorization: `Bearer ${registered.token}` };
  const columns = (await call('/api/columns?sort=slug', 'GET', {})) as Array<{
    documentId: string;
  }>;
  await call(
    `/content-manager/collection-types/api::column.column/${columns[0].documentId}`,
    'PUT',
    asKept,
    {
      description: 'Cập nhật trước khi sao lưu.',
    }
  );
};

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-backup-'));
  sourceFiles = path.join(work, 'source-public');
  targetFiles = path.join(work, 'target-public');
  fs.mkdirSync(path.join(sourceFiles, 'uploads'), { recursive: true });
  fs.mkdirSync(path.join(targetFiles, 'uploads'), { recursive: true });
  source = await createTestDatabase();
  target = await createTestDatabase('postgres');
  const seeded = await run('../tests/helpers/seed-process.js', [], {
    ...envOf(source, sourceFiles),
    NODE_ENV: 'development',
    DEMO_ADMIN_PASSWORD: DEMO.password,
  });
  expect([seeded.code, seeded.code === 0 ? '' : seeded.output]).toEqual([0, '']);
  before = await readNode(source, sourceFiles, accountsWrite);
  const actors = before.actors as Array<{ label: string; account: string }>;
  expect(actors.map((a) => a.label)).toEqual(
    expect.arrayContaining([EDITOR.email, 'giu.saoluu@cchc.local'])
  );
  expect(actors.filter((a) => a.label !== a.account)).toEqual([]);
  const backup = await run(
    'backup.js',
    ['--compiled', '--file', path.join(work, 'huyen')],
    envOf(source, sourceFiles)
  );
  expect(backup.output).toContain('Backup written to');
  expect(backup.code).toBe(0);
  archive = path.join(work, 'huyen.tar.gz.enc');
}, 300000);

afterAll(async () => {
  await source?.drop();
  await target?.drop();
  fs.rmSync(work, { recursive: true, force: true });
}, 60000);

describe('backup', () => {
  test('the archive is encrypted, and its manifest counts every content type, accounts and files included', async () => {
    const bytes = fs.readFileSync(archive);
    // neither a gzip stream nor readable text
    expect(bytes.subarray(0, 2).equals(Buffer.from([0x1f, 0x8b]))).toBe(false);
    expect(bytes.includes(Buffer.from('Sơn Tây'))).toBe(false);
    expect(bytes.includes(Buffer.from(DEMO.email))).toBe(false);
    const manifest = JSON.parse(fs.readFileSync(`${archive}.json`, 'utf8'));
    expect(manifest).toMatchObject({
      format: 'cchc-backup/1',
      archive: 'huyen.tar.gz.enc',
      bytes: bytes.length,
      database: source.client === 'postgres' ? 'postgres' : 'sqlite',
    });
    expect(manifest.entities['api::article.article']).toBeGreaterThan(0);
    expect(manifest.entities['plugin::cchc.audit-entry']).toBeGreaterThan(0);
    expect(manifest.entities['admin::user']).toBeGreaterThan(1);
    expect(manifest.assets).toBe((before.files as unknown[]).length);
  });

  test('without a key of 16 characters or more, nothing is written', async () => {
    const res = await run('backup.js', ['--compiled', '--file', path.join(work, 'nokey')], {
      ...envOf(source, sourceFiles),
      BACKUP_KEY: 'short',
    });
    expect(res.code).toBe(2);
    expect(res.output).toContain('BACKUP_KEY must be set');
    expect(fs.readdirSync(work).some((f) => f.startsWith('nokey'))).toBe(false);
  });
});

describe('restore into a fresh PostgreSQL database', () => {
  test('a wrong key, or an archive cut short, is refused before anything is touched', async () => {
    const wrong = await run('restore.js', ['--compiled', archive], {
      ...envOf(target, targetFiles),
      BACKUP_KEY: 'một-khóa-khác-hẳn-0000',
    });
    expect(wrong.code).toBe(2);
    expect(wrong.output).toContain('does not match its manifest');
    const cut = path.join(work, 'cut.tar.gz.enc');
    fs.writeFileSync(cut, fs.readFileSync(archive).subarray(0, 1000));
    fs.copyFileSync(`${archive}.json`, `${cut}.json`);
    const short = await run('restore.js', ['--compiled', cut], envOf(target, targetFiles));
    expect(short.code).toBe(2);
    expect(short.output).toContain('Nothing was restored');
  });

  test('a database that holds data is not replaced without --yes', async () => {
    const res = await run('restore.js', ['--compiled', archive], envOf(source, sourceFiles));
    expect(res.code).toBe(2);
    expect(res.output).toMatch(/already holds \d+ rows/);
    expect(await readNode(source, sourceFiles)).toEqual(before);
  }, 180000);

  test('the public API, GraphQL, feeds, search, the unit tree, the audit trail, the reports summary and the files answer as before; the accounts sign in', async () => {
    const res = await run('restore.js', ['--compiled', archive], envOf(target, targetFiles));
    expect(res.output).toContain('every count as in the backup');
    expect(res.code).toBe(0);
    const after = await readNode(target, targetFiles);
    // the restore's own account of what it renumbered, beside the actors, when they differ
    expect({
      actors: after.actors,
      restore: res.output.slice(-600),
    }).toEqual({
      actors: before.actors,
      restore: expect.stringContaining('audit entries pointed'),
    });
    expect(after).toEqual(before);
  }, 300000);
});
