import documentsReadable from './documents-readable';
import fullAccessTokenOnly from './full-access-token-only';
import relationReadable from './relation-readable';

export default {
  'documents-readable': documentsReadable,
  'full-access-token-only': fullAccessTokenOnly,
  'relation-readable': relationReadable,
};
