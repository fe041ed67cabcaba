import slug from './services/slug';
import adminLabels from './services/admin-labels';
import draftByDefault from './http/draft-by-default';
import filterShape from './document-middlewares/filter-shape';
import publishedOnly from './document-middlewares/published-only';
import slugRule from './document-middlewares/slug';
import dateOrder from './document-middlewares/date-order';
import draftRules from './document-middlewares/draft-rules';

/** Rules every managed type follows: slugs, draft rules, date order, filter shapes, labels. */
export const content = {
  services: { slug, 'admin-labels': adminLabels },
  middlewares: { 'draft-by-default': draftByDefault },
  documentMiddlewares: { filterShape, publishedOnly, slug: slugRule, dateOrder, draftRules },
};
