import documentsReadable from './documents-readable';
import fullAccessTokenOnly from './full-access-token-only';
import mediaInMyUnits from './media-in-my-units';
import notReadOnlyToken from './not-read-only-token';
import noFrontEndAccounts from './no-front-end-accounts';
import relationReadable from './relation-readable';

export default {
  'documents-readable': documentsReadable,
  'full-access-token-only': fullAccessTokenOnly,
  'media-in-my-units': mediaInMyUnits,
  'not-read-only-token': notReadOnlyToken,
  'no-front-end-accounts': noFrontEndAccounts,
  'relation-readable': relationReadable,
};
