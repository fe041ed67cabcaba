import { request } from './client.ts';
import {
  ColumnPageDocument,
  FrontPageDocument,
  SearchDocument,
  type ArticleCardFragment,
} from './generated/graphql.ts';

export interface PortalOptions {
  /** the app's address, e.g. http://localhost:1337 */
  baseUrl: string;
  /** the commune's site (its unit's slug), e.g. xa-son-tay */
  site: string;
  /** a column to show one page of, e.g. cai-cach-hanh-chinh */
  column: string;
  /** what a visitor searched for, if anything */
  q?: string;
  token?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]);

const date = (iso: string | null | undefined) =>
  iso
    ? new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(
        new Date(iso)
      )
    : '';

const card = (article: ArticleCardFragment | null, baseUrl: string) => {
  if (!article) {
    return '';
  }
  const cover = article.cover
    ? `<img src="${escape(new URL(article.cover.url, baseUrl).href)}" alt="${escape(article.cover.alternativeText ?? '')}">`
    : '';
  return `<article>${cover}<h3><a href="/tin/${escape(article.slug ?? article.documentId)}">${escape(article.title)}</a></h3>
<p class="meta">${escape(article.unit?.name ?? '')} · ${escape(article.column?.name ?? '')} · ${date(article.publishedAt)}</p>
<p>${escape(article.summary ?? '')}</p></article>`;
};

/**
 * A commune's front page: its newest items (its own and what the district shared), one page of
 * a column, and the results of a search, as one HTML document. Three typed GraphQL queries.
 */
export const frontPage = async ({ baseUrl, site, column, q, token }: PortalOptions) => {
  const [front, columnPage, found] = await Promise.all([
    request(baseUrl, FrontPageDocument, { site }, token),
    request(baseUrl, ColumnPageDocument, { site, column, page: 1 }, token),
    q ? request(baseUrl, SearchDocument, { site, q }, token) : Promise.resolve(null),
  ]);
  const unit = front.units[0];
  if (!unit) {
    throw new Error(`No site "${site}".`);
  }
  const columnName = columnPage.columns[0]?.name ?? column;
  const listed = columnPage.siteArticles_connection;
  const search = found
    ? `<section id="tim-kiem"><h2>Kết quả tìm “${escape(q ?? '')}” (${found.search_connection?.pageInfo.total ?? 0})</h2><ol>${(
        found.search_connection?.nodes ?? []
      )
        // the highlight is HTML already: escaped by the app, matched words in <mark>
        .map(
          (hit) =>
            `<li><a href="${escape(hit.url)}">${hit.highlight.title}</a> · ${date(hit.publishedAt)}</li>`
        )
        .join('')}</ol></section>`
    : '';
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escape(unit.name)}</title></head>
<body>
<h1>${escape(unit.name)}</h1>
<section id="moi-nhat"><h2>Tin mới</h2>${front.siteArticles.map((a) => card(a, baseUrl)).join('\n')}</section>
<section id="chuyen-muc"><h2>${escape(columnName)} (${listed?.pageInfo.total ?? 0} bài, trang ${listed?.pageInfo.page ?? 1}/${listed?.pageInfo.pageCount ?? 1})</h2>
${(listed?.nodes ?? []).map((a) => card(a, baseUrl)).join('\n')}</section>
${search}
</body></html>
`;
};
