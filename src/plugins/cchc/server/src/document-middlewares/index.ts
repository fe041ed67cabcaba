import publishedOnly from './published-only';
import unitScope from './unit-scope';
import unitTree from './unit-tree';
import slug from './slug';
import dateOrder from './date-order';

/** Read-time and write-time rules, in the order they run. */
export default {
  'published-only': publishedOnly,
  'unit-scope': unitScope,
  'unit-tree': unitTree,
  slug,
  'date-order': dateOrder,
};
