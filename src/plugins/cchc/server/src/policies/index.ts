import documentsReadable from './documents-readable';
import fullAccessTokenOnly from './full-access-token-only';
import mediaInMyUnits from './media-in-my-units';

export default {
  'documents-readable': documentsReadable,
  'full-access-token-only': fullAccessTokenOnly,
  'media-in-my-units': mediaInMyUnits,
};
