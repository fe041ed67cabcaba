import {
  audit,
  content,
  core,
  distribution,
  publicReads,
  radio,
  reports,
  review,
  search,
  units,
} from './features';

const { filterShape, publishedOnly, slug, dateOrder, draftRules } = content.documentMiddlewares;
const { siteFilter, unitScope, unitTree, siteToken } = units.documentMiddlewares;
const { cacheGuard, fastLists, readModelSync } = publicReads.documentMiddlewares;
const { airtime, rundown } = radio.documentMiddlewares;
const { review: reviewRule, schedule } = review.documentMiddlewares;
const { webhooks } = distribution.documentMiddlewares;
const { lifecycle, rowMemo, rowMemoWrite } = core.documentMiddlewares;
const { unitReport } = reports.documentMiddlewares;
const { audit: auditRule } = audit.documentMiddlewares;
const { searchSync, foldedQuery } = search.documentMiddlewares;

/** Read-time and write-time rules, in the order they run. */
export default {
  // first: the rules of one write read the rows it starts from once (core/row-memo.ts)
  'row-memo': rowMemo,
  'filter-shape': filterShape,
  'published-only': publishedOnly,
  'cache-guard': cacheGuard,
  'site-filter': siteFilter,
  // before fast-lists: `_q` becomes a filter on row ids, which the read model can answer
  'folded-q': foldedQuery,
  // after site-filter: a site's lists are answered from the read model too
  'fast-lists': fastLists,
  // before unit-scope: an item belongs to its station's unit, which the scope then checks
  rundown,
  'unit-scope': unitScope,
  'unit-tree': unitTree,
  slug,
  // before date-order: it reads times without an offset in the configured zone
  schedule,
  'date-order': dateOrder,
  'draft-rules': draftRules,
  // after unit-scope: the unit a report is for has been checked against the editor's
  'unit-report': unitReport,
  'site-token': siteToken,
  airtime,
  review: reviewRule,
  webhooks,
  // after review: only what the review rules let through is published; the subscribers
  // (social queue, webhooks, speech, audit of review moves) are listed in features.ts
  lifecycle,
  // a deleted unit, column or topic leaves the read model in its delete's transaction
  'read-model-sync': readModelSync,
  // after the rules: only a write they let through reaches the search index
  'search-sync': searchSync,
  // last: it records only what every rule above let through
  audit: auditRule,
  // innermost, around Strapi's own write: rows read before it are read again after it
  'row-memo-write': rowMemoWrite,
};
