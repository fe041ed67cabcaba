import documentsReadable from './documents-readable';
import fullAccessTokenOnly from './full-access-token-only';
import notReadOnlyToken from './not-read-only-token';
import noFrontEndAccounts from './no-front-end-accounts';

export default {
  'documents-readable': documentsReadable,
  'full-access-token-only': fullAccessTokenOnly,
  'not-read-only-token': notReadOnlyToken,
  'no-front-end-accounts': noFrontEndAccounts,
};
