import documentsReadable from './documents-readable';
import fullAccessTokenOnly from './full-access-token-only';

export default {
  'documents-readable': documentsReadable,
  'full-access-token-only': fullAccessTokenOnly,
};
