'use strict';

// Fills a database that the app has created (booted once on it, empty) with units, columns,
// topics, one cover file and `rows` article rows, all with set-based SQL. Deterministic.
//
// Units (ids fixed): 1 the province, 2 the district, 3–202 communes (3 is xa-son-tay), 203–402
// mass organisations one level below their commune, 403–452 offices, 453–501 agencies, 502 the
// culture & communication centre. Articles: documents of a draft row and a published row sharing
// document_id, every tenth document draft-only; publishing times spread over two years.
const COMMUNES = 200;
const MASS = 200;
const OFFICES = 50;
const AGENCIES = 49;
const COLUMNS = [
  ['cai-cach-hanh-chinh', 'Cải cách hành chính'],
  ['tin-tuc-su-kien', 'Tin tức - Sự kiện'],
  ['chuyen-doi-so', 'Chuyển đổi số'],
  ['hoi-dap-phap-luat', 'Hỏi đáp pháp luật'],
  ['van-ban-moi', 'Văn bản mới'],
];
const TOPICS = 20;
const SPAN_START = '2024-12-01T00:00:00Z';
const SPAN_DAYS = 730;

const docId = (expr) => `'bench' || lpad((${expr})::text, 19, '0')`;

const unitsSql = () => {
  const c = 3; // first commune id
  const m = c + COMMUNES;
  const o = m + MASS;
  const a = o + OFFICES;
  const centre = a + AGENCIES;
  return `
  INSERT INTO units (id, document_id, name, short_name, slug, level, kind, path, depth, created_at, updated_at, published_at)
  SELECT id, ${docId("'9' || id")}, name, NULL, slug, level, kind, path, depth, now(), now(), now()
  FROM (
    SELECT 1 AS id, 'UBND tỉnh Hà Tĩnh' AS name, 'tinh-ha-tinh' AS slug, 'province' AS level, 'people_committee' AS kind, '/1/' AS path, 0 AS depth
    UNION ALL SELECT 2, 'UBND huyện Hương Sơn', 'huyen-huong-son', 'district', 'people_committee', '/1/2/', 1
    UNION ALL SELECT g, CASE WHEN g = ${c} THEN 'UBND xã Sơn Tây' ELSE 'UBND xã số ' || (g - ${c - 1}) END,
      CASE WHEN g = ${c} THEN 'xa-son-tay' ELSE 'xa-so-' || (g - ${c - 1}) END, 'commune', 'people_committee', '/1/2/' || g || '/', 2
      FROM generate_series(${c}, ${m - 1}) g
    UNION ALL SELECT g, 'Đoàn thể xã số ' || (g - ${m - 1}), 'doan-the-xa-so-' || (g - ${m - 1}), 'commune', 'mass_organisation',
      '/1/2/' || (g - ${COMMUNES}) || '/' || g || '/', 3
      FROM generate_series(${m}, ${o - 1}) g
    UNION ALL SELECT g, 'Phòng chuyên môn số ' || (g - ${o - 1}), 'phong-chuyen-mon-so-' || (g - ${o - 1}), 'district', 'office', '/1/2/' || g || '/', 2
      FROM generate_series(${o}, ${a - 1}) g
    UNION ALL SELECT g, 'Cơ quan đóng trên địa bàn số ' || (g - ${a - 1}), 'co-quan-so-' || (g - ${a - 1}), 'other', 'agency', '/1/2/' || g || '/', 2
      FROM generate_series(${a}, ${centre - 1}) g
    UNION ALL SELECT ${centre}, 'Trung tâm Văn hóa - Truyền thông huyện', 'trung-tam-vhtt-huyen', 'district', 'culture_communication_center', '/1/2/${centre}/', 2
  ) u;
  INSERT INTO units_parent_lnk (unit_id, inv_unit_id, unit_ord)
  SELECT id, (string_to_array(trim(both '/' from path), '/'))[depth]::int, id FROM units WHERE depth > 0;
  SELECT setval('units_id_seq', (SELECT max(id) FROM units));
  SELECT setval('units_parent_lnk_id_seq', (SELECT max(id) FROM units_parent_lnk));`;
};

const referenceSql = () => `
  INSERT INTO columns (id, document_id, name, slug, description, active, position, created_at, updated_at, published_at)
  VALUES ${COLUMNS.map(
    ([slug, name], i) =>
      `(${i + 1}, ${docId(`'8' || ${i + 1}`)}, '${name}', '${slug}', NULL, true, ${i + 1}, now(), now(), now())`
  ).join(', ')};
  SELECT setval('columns_id_seq', ${COLUMNS.length});
  INSERT INTO topics (id, document_id, name, slug, created_at, updated_at, published_at)
  SELECT g, ${docId("'7' || g")},
    CASE WHEN g = 1 THEN 'Dịch vụ công trực tuyến' ELSE 'Chuyên đề số ' || g END,
    CASE WHEN g = 1 THEN 'dich-vu-cong-truc-tuyen' ELSE 'chuyen-de-so-' || g END, now(), now(), now()
  FROM generate_series(1, ${TOPICS}) g;
  SELECT setval('topics_id_seq', ${TOPICS});
  INSERT INTO files (id, document_id, name, alternative_text, width, height, formats, hash, ext, mime, size, url, provider, folder_path, created_at, updated_at, published_at)
  VALUES (1, ${docId("'61'")}, 'cover.jpg', 'Ảnh bìa', 1200, 630, NULL, 'cover_bench', '.jpg', 'image/jpeg', 84.2, '/uploads/cover_bench.jpg', 'local', '/', now(), now(), now());
  SELECT setval('files_id_seq', 1);`;

/** The documents: one row per document with its unit, column, topics and publishing time. */
const documentsSql = (documents) => {
  // unit weights: communes 3, the centre 3, offices 2, the district 2, everyone else 1
  return `
  CREATE UNLOGGED TABLE bench_slots AS
    SELECT row_number() OVER (ORDER BY id, w) AS slot, id FROM (
      SELECT id, generate_series(1, CASE WHEN kind IN ('culture_communication_center') THEN 3
        WHEN kind = 'people_committee' AND level = 'commune' THEN 3
        WHEN kind = 'office' OR id = 2 THEN 2 ELSE 1 END) AS w
      FROM units WHERE id >= 2) s;
  CREATE UNLOGGED TABLE bench_docs AS
  WITH slots AS (SELECT array_agg(id ORDER BY slot) AS ids, count(*) AS n FROM bench_slots),
  g AS (SELECT g, (g::bigint * 2654435761) % 4294967296 AS h FROM generate_series(1, ${documents}) g)
  SELECT g.g,
    slots.ids[1 + (g.h % slots.n)::int] AS unit_id,
    1 + (g.g % ${COLUMNS.length}) AS column_id,
    1 + (g.g % ${TOPICS}) AS topic1,
    1 + ((g.g % ${TOPICS}) + 1 + (g.g / ${TOPICS}) % ${TOPICS - 1}) % ${TOPICS} AS topic2,
    g.g % 10 <> 0 AS published,
    timestamp '${SPAN_START.replace('T', ' ').replace('Z', '')}'
      + ((g.g - 1)::float8 / ${documents} * ${SPAN_DAYS}) * interval '1 day'
      + (((g.h >> 8) % 1000)::float8 / 1000 - 0.5) * interval '2 days' AS at
  FROM g, slots;
  ALTER TABLE bench_docs ADD COLUMN shared boolean;
  UPDATE bench_docs d SET shared = (u.kind <> 'people_committee' OR u.id = 2) AND u.kind <> 'mass_organisation'
    AND d.g % 10 = 3 FROM units u WHERE u.id = d.unit_id;`;
};

const articlesSql = () => `
  INSERT INTO articles (document_id, kind, title, slug, summary, body, byline, shared_with_subunits,
    created_at, updated_at, published_at, locale, review_stage, review_stage_at)
  SELECT ${docId('d.g')}, (ARRAY['news','article','report'])[1 + d.g % 3],
    'Tin cải cách hành chính số ' || d.g, 'tin-cai-cach-hanh-chinh-so-' || d.g,
    'Tóm tắt tin tuyên truyền cải cách hành chính số ' || d.g || '.',
    jsonb_build_array(jsonb_build_object('type', 'paragraph', 'children',
      jsonb_build_array(jsonb_build_object('type', 'text', 'text', 'Nội dung tin tuyên truyền cải cách hành chính số ' || d.g || '.')))),
    'Phóng viên', d.shared, d.at - interval '1 hour', d.at,
    CASE WHEN v.pub THEN d.at ELSE NULL END, NULL,
    CASE WHEN d.published THEN 'approved' ELSE 'draft' END, d.at - interval '30 minutes'
  FROM bench_docs d CROSS JOIN (VALUES (false), (true)) v(pub)
  WHERE d.published OR NOT v.pub
  ORDER BY d.g, v.pub;`;

const linksSql = () => `
  CREATE UNLOGGED TABLE bench_rows AS
    SELECT a.id, substr(a.document_id, 6)::int AS g FROM articles a WHERE a.document_id LIKE 'bench%';
  INSERT INTO articles_unit_lnk (article_id, unit_id) SELECT r.id, d.unit_id FROM bench_rows r JOIN bench_docs d USING (g) ORDER BY r.id;
  INSERT INTO articles_column_lnk (article_id, column_id) SELECT r.id, d.column_id FROM bench_rows r JOIN bench_docs d USING (g) ORDER BY r.id;
  INSERT INTO articles_topics_lnk (article_id, topic_id, topic_ord)
    SELECT r.id, t.topic_id, t.ord FROM bench_rows r JOIN bench_docs d USING (g)
    CROSS JOIN LATERAL (VALUES (d.topic1, 1), (d.topic2, 2)) t(topic_id, ord) ORDER BY r.id, t.ord;
  INSERT INTO files_related_mph (file_id, related_id, related_type, field, "order")
    SELECT 1, r.id, 'api::article.article', 'cover', 1 FROM bench_rows r ORDER BY r.id;`;

const cleanupSql = () => `DROP TABLE bench_rows; DROP TABLE bench_slots; DROP TABLE bench_docs;`;

/** Loads everything; `rows` article rows in total (draft + published). */
const load = async (client, rows, progress) => {
  // rows = 2 × published documents + draft-only documents, 9 in 10 published
  const documents = Math.round(rows / 1.9);
  const step = async (label, sql) => {
    const t = Date.now();
    await client.query(sql);
    progress(`  ${label} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  };
  await client.query('SET synchronous_commit = off');
  await step('units', unitsSql());
  await step('columns, topics, cover file', referenceSql());
  await step(`${documents} documents planned`, documentsSql(documents));
  await step('articles', articlesSql());
  await step('links', linksSql());
  await step('cleanup', cleanupSql());
  await step('ANALYZE', 'ANALYZE');
  const { rows: counts } = await client.query(
    `SELECT count(*)::int AS rows, count(published_at)::int AS published,
       count(DISTINCT document_id)::int AS documents FROM articles`
  );
  return { ...counts[0], units: 2 + COMMUNES + MASS + OFFICES + AGENCIES + 1 };
};

module.exports = {
  load,
  SITE: 'xa-son-tay',
  COLUMN: COLUMNS[0][0],
  TOPIC: 'dich-vu-cong-truc-tuyen',
};
