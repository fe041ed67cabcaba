import publishedOnly from './published-only';
import slug from './slug';
import dateOrder from './date-order';

/** Write-time and read-time rules, in the order they run. */
export default {
  'published-only': publishedOnly,
  slug,
  'date-order': dateOrder,
};
