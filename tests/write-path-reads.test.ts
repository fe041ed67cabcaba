import type { Core } from '@strapi/strapi';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken, http } from './helpers/http';
import { approve, connect, makeArticle, makeColumn, makeUnit, type Doc } from './helpers/fixtures';
import { UIDS } from '../src/constants';
import { SEARCH_DOCS } from '../src/plugins/cchc/server/src/search/index-table';

let app: TestApp;
let token: string;
let unit: Doc;
let column: Doc;

beforeAll(async () => {
  app = await startApp();
  token = await createApiToken(app.strapi, 'full-access');
  unit = await makeUnit(app.strapi);
  column = await makeColumn(app.strapi);
}, 180_000);
afterAll(() => stopApp(app));

const q = '[`"]';
/** A table as SQLite and PostgreSQL name it (PostgreSQL with its schema). */
const table = (name: string) => `(?:${q}\\w+${q}\\.)?${q}${name}${q}`;
/** The rules' read of a document's current row (Strapi's own reads name `published_at` first). */
const DRAFT_READ = new RegExp(
  `^select ${q}t0${q}\\.\\*.* from ${table('articles')} as ${q}t0${q} where \\(${q}t0${q}\\.${q}document_id${q} = (\\?|\\$\\d+) and`
);
/** The scheduler's read of a document's open jobs (a new job's insert reads its row back). */
const JOBS_READ = new RegExp(`^select .* from ${table('cchc_scheduled_jobs')} .*${q}status${q} in`);
const SEARCH_ROWS = new RegExp(table('cchc_search_docs'));

/** The SQL a call sends, in order. */
const statementsOf = async (strapi: Core.Strapi, call: () => Promise<unknown>) => {
  const statements: string[] = [];
  const listener = (query: { sql: string }) => statements.push(query.sql);
  strapi.db.connection.on('query', listener);
  try {
    await call();
  } finally {
    strapi.db.connection.off('query', listener);
  }
  return statements;
};

const saveDraft = (documentId: string, data: Record<string, unknown>) =>
  http(app.strapi)
    .put(`/api/articles/${documentId}?status=draft`)
    .set('Authorization', `Bearer ${token}`)
    .send({ data });

const publishedArticle = async () => {
  const article = await makeArticle(app.strapi, { unit: connect(unit), column: connect(column) });
  await approve(app.strapi, UIDS.article, article.documentId);
  await app.strapi.documents(UIDS.article).publish({ documentId: article.documentId });
  return article;
};

describe('the rules of a write read the document once', () => {
  test('a draft save of a published article reads its draft once before the write and once after', async () => {
    const article = await publishedArticle();
    // the first edit after approval also moves the draft back to Nháp, which is a write of its own
    expect((await saveDraft(article.documentId, { summary: 'Bản sửa đầu.' })).status).toBe(200);
    let status = 0;
    const statements = await statementsOf(app.strapi, async () => {
      status = (await saveDraft(article.documentId, { summary: 'Tóm tắt đã sửa.' })).status;
    });
    expect(status).toBe(200);
    // unit authority, slug, review, webhooks, audit and the scheduler each need the row
    expect(statements.filter((sql) => DRAFT_READ.test(sql))).toHaveLength(2);
    // no time to publish before or after: no job can be open, the scheduler is not asked
    expect(statements.filter((sql) => JOBS_READ.test(sql))).toHaveLength(0);
  });

  test('a save that sets a time reads the open jobs once, and one that changes no searched text leaves the search rows', async () => {
    const article = await publishedArticle();
    expect((await saveDraft(article.documentId, { summary: 'Bản sửa đầu.' })).status).toBe(200);
    const statements = await statementsOf(app.strapi, async () => {
      const res = await saveDraft(article.documentId, { publishAt: '2031-06-01T08:00:00.000Z' });
      expect(res.status).toBe(200);
    });
    expect(statements.filter((sql) => JOBS_READ.test(sql))).toHaveLength(1);
    expect(statements.filter((sql) => SEARCH_ROWS.test(sql))).toHaveLength(0);
    // the rows written by the save before are still there: the draft and the published row
    const rows = await app.strapi.db
      .connection(SEARCH_DOCS)
      .where({ document_id: article.documentId })
      .select('title');
    expect(rows).toHaveLength(2);
  });

  test('an update that also publishes rewrites the search rows, whatever it changes', async () => {
    const article = await publishedArticle();
    await app.strapi.documents(UIDS.article).update({
      documentId: article.documentId,
      data: { publishAt: null },
      status: 'published',
    } as never);
    const published = await app.strapi.db.query(UIDS.article).findOne({
      where: { documentId: article.documentId, publishedAt: { $notNull: true } },
    });
    const rows: Array<{ row_id: number }> = await app.strapi.db
      .connection(SEARCH_DOCS)
      .where({ document_id: article.documentId })
      .select('row_id');
    expect(rows.map((row) => Number(row.row_id))).toContain(published.id);
  });

  test('what the save changed is what the rules after it see', async () => {
    const article = await publishedArticle();
    const publishAt = '2031-05-01T08:00:00.000Z';
    const res = await saveDraft(article.documentId, { title: 'Tiêu đề sửa sau duyệt', publishAt });
    expect(res.status).toBe(200);

    // review saw an approved draft edited: back to Nháp, recorded as a move
    const draft = await app.strapi
      .documents(UIDS.article)
      .findOne({ documentId: article.documentId, status: 'draft' });
    expect(draft).toMatchObject({ title: 'Tiêu đề sửa sau duyệt', reviewStage: 'draft' });
    // the scheduler read the new time, not the one before the write
    const jobs = await app.strapi.db.query('plugin::cchc.scheduled-job').findMany({
      where: { targetDocumentId: article.documentId, kind: 'publish' },
    });
    expect(jobs).toHaveLength(1);
    expect(new Date(jobs[0].dueAt).toISOString()).toBe(publishAt);
    expect(jobs[0].summary).toBe('Tiêu đề sửa sau duyệt');
    // the audit compared the row before the write with the row after it
    const entries = await app.strapi.db.query('plugin::cchc.audit-entry').findMany({
      where: { targetDocumentId: article.documentId, action: 'update' },
      orderBy: { id: 'desc' },
      limit: 1,
    });
    expect(entries[0].changes.title).toEqual({
      before: expect.stringContaining('Tin cải cách hành chính'),
      after: 'Tiêu đề sửa sau duyệt',
    });
  });

  test('a second save in a row starts from the first one', async () => {
    const article = await publishedArticle();
    expect((await saveDraft(article.documentId, { title: 'Tiêu đề lần một' })).status).toBe(200);
    expect((await saveDraft(article.documentId, { title: 'Tiêu đề lần hai' })).status).toBe(200);
    const entries = await app.strapi.db.query('plugin::cchc.audit-entry').findMany({
      where: { targetDocumentId: article.documentId, action: 'update' },
      orderBy: { id: 'desc' },
      limit: 1,
    });
    expect(entries[0].changes.title).toEqual({
      before: 'Tiêu đề lần một',
      after: 'Tiêu đề lần hai',
    });
  });
});
