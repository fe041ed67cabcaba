import path from 'path';
import type { Knex } from 'knex';
import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { http } from './helpers/http';
import { connect, makeArticle, makeUnit, type Doc } from './helpers/fixtures';
import { makeAdmin } from './helpers/units';
import { ensureUnitPathIndex } from '../src/plugins/cchc/server/src/units/path-index';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
}, 180_000);
afterAll(() => stopApp(app));

const pathOf = async (unit: Doc) =>
  (await app.strapi.db
    .query(UIDS.unit)
    .findOne({ where: { id: unit.id }, select: ['path', 'depth'] })) as {
    path: string;
    depth: number;
  };
const below = async (unit: Doc): Promise<number[]> =>
  app.strapi
    .plugin('cchc')
    .service('unit-tree')
    .idsAtOrBelow([(await pathOf(unit)).path]);

describe('the unit tree as materialised paths', () => {
  let levels: Doc[];
  beforeAll(async () => {
    // province → district → commune → village → residential group: five levels
    const kinds = ['province', 'district', 'commune', 'other', 'other'];
    levels = [];
    for (const [i, level] of kinds.entries()) {
      levels.push(
        await makeUnit(app.strapi, { name: `Cấp ${i + 1}`, level, parent: connect(levels[i - 1]) })
      );
    }
  });

  test('each unit stores its path and depth', async () => {
    const deepest = await pathOf(levels[4]);
    expect(deepest.path).toBe(`/${levels.map((u) => u.id).join('/')}/`);
    expect(deepest.depth).toBe(4);
  });

  test('"below" is one prefix query, whatever the depth', async () => {
    const ids = await app.strapi
      .plugin('cchc')
      .service('unit-tree')
      .idsAtOrBelow([(await pathOf(levels[1])).path]);
    expect(ids.sort((a: number, b: number) => a - b)).toEqual(levels.slice(1).map((u) => u.id));
  });

  test('moving a subtree rewrites every path under it', async () => {
    const other = await makeUnit(app.strapi, {
      name: 'Huyện khác',
      level: 'district',
      parent: connect(levels[0]),
    });
    await app.strapi
      .documents(UIDS.unit)
      .update({ documentId: levels[2].documentId, data: { parent: connect(other) } } as never);
    expect((await pathOf(levels[4])).path).toBe(
      `/${levels[0].id}/${other.id}/${levels[2].id}/${levels[3].id}/${levels[4].id}/`
    );
    expect((await below(levels[1])).sort()).toEqual([levels[1].id]);
    await app.strapi
      .documents(UIDS.unit)
      .update({ documentId: levels[2].documentId, data: { parent: connect(levels[1]) } } as never);
    expect((await pathOf(levels[4])).path).toBe(`/${levels.map((u) => u.id).join('/')}/`);
  });

  test('a parent that would close a cycle is refused and nothing moves', async () => {
    await expect(
      app.strapi
        .documents(UIDS.unit)
        .update({ documentId: levels[1].documentId, data: { parent: connect(levels[3]) } } as never)
    ).rejects.toThrow(/cấp trên/);
    await expect(
      app.strapi
        .documents(UIDS.unit)
        .update({ documentId: levels[1].documentId, data: { parent: connect(levels[1]) } } as never)
    ).rejects.toThrow(/cấp trên/);
    expect((await pathOf(levels[4])).path).toBe(`/${levels.map((u) => u.id).join('/')}/`);
  });

  test('a unit with units under it cannot be deleted', async () => {
    await expect(
      app.strapi.documents(UIDS.unit).delete({ documentId: levels[3].documentId })
    ).rejects.toThrow(/trực thuộc/);
    expect(await app.strapi.db.query(UIDS.unit).count({ where: { id: levels[3].id } })).toBe(1);
  });

  test('a rebuild from parent links fixes paths written by hand', async () => {
    await app.strapi.db
      .connection('units')
      .where('id', levels[4].id as number)
      .update({ path: null, depth: null });
    await app.strapi.plugin('cchc').service('unit-tree').rebuild();
    expect((await pathOf(levels[4])).depth).toBe(4);
  });

  test('an admin request costs the same number of queries for a reviewer at the top or at the bottom', async () => {
    for (const unit of levels) {
      await makeArticle(app.strapi, { unit: connect(unit) });
    }
    const top = await makeAdmin(app.strapi, ['cchc-reviewer'], [{ unit: levels[0] }]);
    const bottom = await makeAdmin(app.strapi, ['cchc-reviewer'], [{ unit: levels[3] }]);
    const queriesFor = async (token: string) => {
      let count = 0;
      const onQuery = () => {
        count += 1;
      };
      app.strapi.db.connection.on('query', onQuery);
      const res = await http(app.strapi)
        .get('/content-manager/collection-types/api::article.article?page=1&pageSize=10')
        .set('Authorization', `Bearer ${token}`);
      app.strapi.db.connection.off('query', onQuery);
      return { count, total: res.body.pagination.total as number };
    };
    // a first request of a fresh login may do one-off work (sessions, caches): not what is measured
    await queriesFor(top.token);
    await queriesFor(bottom.token);
    // the pool also serves the job runner's ticks, which may land inside a request on a loaded
    // machine: they only add queries, so the fewest of a few requests is the request's own cost
    const fewest = async (token: string) => {
      const runs = [];
      for (let i = 0; i < 3; i += 1) {
        runs.push(await queriesFor(token));
      }
      return { count: Math.min(...runs.map((r) => r.count)), total: runs[0].total };
    };
    const fromTop = await fewest(top.token);
    const fromBottom = await fewest(bottom.token);
    expect(fromTop.total).toBe(5);
    expect(fromBottom.total).toBe(2);
    expect(fromTop.count).toBe(fromBottom.count);
  });
});

describe('the index of tree paths', () => {
  const table = () => app.strapi.db.metadata.get(UIDS.unit).tableName;
  const definition = async (): Promise<string | null> => {
    const knex = app.strapi.db.connection;
    const name = `${table()}_path_idx`;
    if (app.database.client === 'postgres') {
      const { rows } = await knex.raw<{ rows: { indexdef: string }[] }>(
        'SELECT indexdef FROM pg_indexes WHERE indexname = ?',
        [name]
      );
      return rows[0]?.indexdef ?? null;
    }
    const rows: { sql: string }[] = await knex('sqlite_master')
      .where({ type: 'index', name })
      .select('sql');
    return rows[0]?.sql ?? null;
  };
  const migrationFile = path.join(
    __dirname,
    '..',
    'database',
    'migrations',
    '2026.12.06T00.00.00.unit-path-index.js'
  );

  test('exists on a new database, as a prefix index on PostgreSQL', async () => {
    const sql = await definition();
    expect(sql).toContain('path');
    if (app.database.client === 'postgres') {
      expect(sql).toContain('text_pattern_ops');
    }
  });

  test('a later boot only looks it up: no DDL', async () => {
    const statements: string[] = [];
    const onQuery = (q: { sql: string }) => statements.push(q.sql);
    app.strapi.db.connection.on('query', onQuery);
    const created = await ensureUnitPathIndex(app.strapi);
    app.strapi.db.connection.off('query', onQuery);
    expect(created).toBe(false);
    expect(statements.filter((s) => /create|drop|alter/i.test(s))).toEqual([]);
  });

  test('the migration adds it to a database that already has units', async () => {
    await app.strapi.db.connection.raw('DROP INDEX ??', [`${table()}_path_idx`]);
    expect(await definition()).toBeNull();
    const migration = (await import(migrationFile)) as { up(knex: Knex): Promise<void> };
    await migration.up(app.strapi.db.connection);
    expect(await definition()).toContain('path');
  });
});
