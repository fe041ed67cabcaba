'use strict';

// The floor of bench/reads.js: plain Node http + one pg Pool, each case answered by one
// hand-written SQL query. argv: <databaseUrl> <port>
const http = require('http');
const { Pool } = require('pg');

const [databaseUrl, portArg] = process.argv.slice(2);
const pool = new Pool({ connectionString: databaseUrl, max: 10 });

const ITEM = `a.id, a.document_id AS "documentId", a.title, a.slug, a.summary, a.published_at AS "publishedAt"`;

// REST list: the 25 newest published with their unit's name, and the total.
const LIST = `
  SELECT ${ITEM}, a.kind, u.name AS unit_name,
    (SELECT count(*) FROM articles WHERE published_at IS NOT NULL)::int AS total
  FROM (SELECT * FROM articles WHERE published_at IS NOT NULL ORDER BY published_at DESC LIMIT 25) a
  LEFT JOIN articles_unit_lnk l ON l.article_id = a.id LEFT JOIN units u ON u.id = l.unit_id
  ORDER BY a.published_at DESC`;

// The portal question: own items of the site, plus what its parent and the parent's non-PC
// children shared; in the column or the topic; newest first, a page of 10 with the total.
const PORTAL = `
  WITH s AS (
    SELECT u.id, p.inv_unit_id AS parent FROM units u LEFT JOIN units_parent_lnk p ON p.unit_id = u.id WHERE u.slug = $1
  ), sharers AS (
    SELECT parent AS id FROM s
    UNION SELECT c.unit_id FROM s JOIN units_parent_lnk c ON c.inv_unit_id = s.parent
      JOIN units cu ON cu.id = c.unit_id WHERE cu.kind <> 'people_committee'
  ), hits AS (
    SELECT a.id, a.published_at FROM articles a JOIN articles_unit_lnk l ON l.article_id = a.id
    WHERE a.published_at IS NOT NULL
      AND (l.unit_id IN (SELECT id FROM s) OR (a.shared_with_subunits AND l.unit_id IN (SELECT id FROM sharers)))
      AND (EXISTS (SELECT 1 FROM articles_column_lnk cl JOIN columns c ON c.id = cl.column_id WHERE cl.article_id = a.id AND c.slug = $2)
        OR EXISTS (SELECT 1 FROM articles_topics_lnk tl JOIN topics t ON t.id = tl.topic_id WHERE tl.article_id = a.id AND t.slug = $3))
  ), page AS (
    SELECT id FROM hits ORDER BY published_at DESC, id DESC LIMIT $4 OFFSET $5
  )
  SELECT ${ITEM}, u.name AS unit_name, c.name AS column_name, f.url AS cover_url,
    (SELECT json_agg(t.name ORDER BY tl.topic_ord) FROM articles_topics_lnk tl JOIN topics t ON t.id = tl.topic_id WHERE tl.article_id = a.id) AS topic_names,
    (SELECT count(*) FROM hits)::int AS total
  FROM page JOIN articles a ON a.id = page.id
  LEFT JOIN articles_unit_lnk l ON l.article_id = a.id LEFT JOIN units u ON u.id = l.unit_id
  LEFT JOIN articles_column_lnk cl ON cl.article_id = a.id LEFT JOIN columns c ON c.id = cl.column_id
  LEFT JOIN files_related_mph m ON m.related_id = a.id AND m.related_type = 'api::article.article' AND m.field = 'cover'
  LEFT JOIN files f ON f.id = m.file_id
  ORDER BY a.published_at DESC, a.id DESC`;

// Column page: 10 newest published in a column, with their unit's name and the total.
const COLUMN = `
  WITH hits AS (
    SELECT a.id, a.published_at FROM articles a JOIN articles_column_lnk cl ON cl.article_id = a.id
    JOIN columns c ON c.id = cl.column_id WHERE c.slug = $1 AND a.published_at IS NOT NULL
  ), page AS (SELECT id, published_at FROM hits ORDER BY published_at DESC LIMIT $2)
  SELECT ${ITEM}, u.name AS unit_name, (SELECT count(*) FROM hits)::int AS total
  FROM page JOIN articles a ON a.id = page.id
  LEFT JOIN articles_unit_lnk l ON l.article_id = a.id LEFT JOIN units u ON u.id = l.unit_id
  ORDER BY a.published_at DESC`;

// Feed: the 20 newest published with unit, column and topics.
const FEED = `
  SELECT ${ITEM}, u.name AS unit_name, c.name AS column_name, f.url AS cover_url,
    (SELECT json_agg(t.name) FROM articles_topics_lnk tl JOIN topics t ON t.id = tl.topic_id WHERE tl.article_id = a.id) AS topic_names
  FROM (SELECT * FROM articles WHERE published_at IS NOT NULL ORDER BY published_at DESC LIMIT 20) a
  LEFT JOIN articles_unit_lnk l ON l.article_id = a.id LEFT JOIN units u ON u.id = l.unit_id
  LEFT JOIN articles_column_lnk cl ON cl.article_id = a.id LEFT JOIN columns c ON c.id = cl.column_id
  LEFT JOIN files_related_mph m ON m.related_id = a.id AND m.related_type = 'api::article.article' AND m.field = 'cover'
  LEFT JOIN files f ON f.id = m.file_id
  ORDER BY a.published_at DESC`;

const xml = (s) =>
  String(s ?? '').replace(
    /[<>&"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]
  );

const item = (row) => ({
  id: row.id,
  documentId: row.documentId,
  title: row.title,
  slug: row.slug,
  summary: row.summary,
  publishedAt: row.publishedAt,
  unit: (row.unit_name ?? null) === null ? null : { name: row.unit_name },
  ...(row.column_name !== undefined
    ? { column: (row.column_name ?? null) === null ? null : { name: row.column_name } }
    : {}),
  ...(row.topic_names !== undefined
    ? { topics: (row.topic_names ?? []).map((name) => ({ name })) }
    : {}),
  ...(row.cover_url !== undefined
    ? { cover: (row.cover_url ?? null) === null ? null : { url: row.cover_url } }
    : {}),
});

const rest = (rows, page, pageSize, total) => ({
  data: rows.map(item),
  meta: { pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total } },
});

const handlers = {
  async list() {
    const { rows } = await pool.query(LIST);
    return rest(rows, 1, 25, rows[0]?.total ?? 0);
  },
  async portal(params) {
    const { rows } = await pool.query(PORTAL, [
      params.get('site'),
      params.get('column'),
      params.get('topic'),
      10,
      0,
    ]);
    const total = rows[0]?.total ?? 0;
    if (params.get('shape') === 'graphql') {
      return {
        data: {
          articles_connection: {
            nodes: rows.map(({ id: _id, ...row }) => item(row)),
            pageInfo: { page: 1, pageSize: 10, total, pageCount: Math.ceil(total / 10) },
          },
        },
      };
    }
    return rest(rows, 1, 10, total);
  },
  async column(params) {
    const { rows } = await pool.query(COLUMN, [params.get('column'), 10]);
    return rest(rows, 1, 10, rows[0]?.total ?? 0);
  },
  async rss() {
    const { rows } = await pool.query(FEED);
    const items = rows
      .map(
        (row) =>
          `<item><title>${xml(row.title)}</title><link>http://localhost/article/${xml(row.slug)}</link>` +
          `<guid isPermaLink="false">urn:cchc:article:${row.documentId}</guid><pubDate>${new Date(row.publishedAt).toUTCString()}</pubDate>` +
          `<description>${xml(row.summary)}</description><dc:creator>${xml(row.unit_name)}</dc:creator>` +
          `<category>${xml(row.column_name)}</category>${(row.topic_names ?? []).map((t) => `<category>${xml(t)}</category>`).join('')}` +
          (row.cover_url
            ? `<enclosure url="http://localhost${xml(row.cover_url)}" type="image/jpeg" length="0"/>`
            : '') +
          `</item>`
      )
      .join('');
    return {
      type: 'application/rss+xml; charset=utf-8',
      text: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Tuyên truyền cải cách hành chính</title><link>http://localhost/</link><description>CCHC</description><language>vi</language>${items}</channel></rss>`,
    };
  },
};

let statements = 0;
const query = pool.query.bind(pool);
pool.query = (...args) => {
  statements += 1;
  return query(...args);
};

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  const name = url.pathname.slice(1);
  try {
    if (name === 'stats') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ count: statements }));
      return;
    }
    const handler = handlers[name];
    if (!handler) {
      res.writeHead(404).end();
      return;
    }
    const body = await handler(url.searchParams);
    if (body.text !== undefined) {
      res.writeHead(200, { 'content-type': body.type });
      res.end(body.text);
    } else {
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify(body));
    }
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error && error.stack ? error.stack : error));
  }
});

server.listen(Number(portArg), '127.0.0.1', () =>
  process.send?.({ type: 'ready', port: Number(portArg) })
);
process.on('message', async (message) => {
  if (message.type === 'stats') {
    process.send({ type: 'stats', id: message.id, count: statements, last: [] });
  } else if (message.type === 'stop') {
    server.close();
    await pool.end();
    process.exit(0);
  }
});
