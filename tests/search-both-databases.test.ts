import { runSeed } from '../src/seed';
import { createTestDatabase } from './helpers/database';
import { startApp, stopApp, type TestApp } from './helpers/strapi';

// what citizens and editors type, with and without marks, with Telex and the last word unfinished
const QUERIES = [
  'thu tuc truc tuyen',
  'thủ tục hành chính',
  'dich vu cong',
  'dịch vụ công trực tuyến',
  'buu dien',
  'nộp hồ sơ',
  'dang ky',
  'ddang ky khai sinh',
  'tai khoan dinh danh',
  'cai cach hanh chinh',
  'ke hoach tuyen truyen',
  'Hương Sơn',
  'ma QR',
  'thanh toan truc tuyen le phi',
  'mot cua',
  'so hoa',
  'tuyen tr',
];

type Ranked = Record<string, Array<{ title: string; type: string; score: number }>>;

/** Boots the app on a new database of the given kind, loads the demo data, and runs the queries. */
const rankedOn = async (client: 'sqlite' | 'postgres'): Promise<Ranked> => {
  const previous = process.env.TEST_DB;
  process.env.TEST_DB = client;
  let app: TestApp | undefined;
  try {
    app = await startApp(await createTestDatabase());
    await runSeed(app.strapi);
    const search = app.strapi.plugin('cchc').service('search') as {
      search(query: Record<string, string>): Promise<{
        data: Array<{ title: string; type: string; score: number }>;
      }>;
    };
    const ranked: Ranked = {};
    for (const q of QUERIES) {
      const { data } = await search.search({ q, pageSize: '20' });
      ranked[q] = data.map(({ title, type, score }) => ({ title, type, score }));
    }
    return ranked;
  } finally {
    await stopApp(app);
    process.env.TEST_DB = previous;
  }
};

// runs in the SQLite suite only: it boots both databases itself
const both = process.env.TEST_DB === 'postgres' ? describe.skip : describe;

both('search ranks the demo data the same on SQLite and PostgreSQL', () => {
  test('every query finds the same items in the same order with the same scores', async () => {
    const sqlite = await rankedOn('sqlite');
    const postgres = await rankedOn('postgres');
    for (const q of QUERIES) {
      expect({ q, hits: postgres[q] }).toEqual({ q, hits: sqlite[q] });
    }
    // the queries are not vacuous: each finds something, and the first finds the right thing first
    expect(QUERIES.filter((q) => sqlite[q].length === 0)).toEqual([]);
    expect(sqlite['thu tuc truc tuyen'][0].title).toMatch(/thủ tục/i);
    expect(sqlite['Hương Sơn'][0].title).toMatch(/Hương Sơn/);
    // the demo's article on birth registration is a draft: found in texts of published ones only
    expect(sqlite['ddang ky khai sinh'].map((hit) => hit.title)).not.toContain(
      'Hướng dẫn đăng ký khai sinh trực tuyến cho trẻ em'
    );
  }, 600_000);
});
