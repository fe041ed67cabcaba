import airtime from './services/airtime';
import rundown from './services/rundown';
import rundownPackage from './services/rundown-package';
import speech from './services/speech';
import radioController from './controllers/radio';
import airtimeRule from './document-middlewares/airtime';
import rundownRule from './document-middlewares/rundown';
import speechJobSchema from './content-types/speech-job/schema.json';
import { adminRoutes } from '../core/route-table';
import { getService } from '../core/get-service';
import { radioPanels, radioSubscribers } from './subscribers';
import type { Core } from '@strapi/strapi';

/** Radio: stations' rundowns, airtime, spoken audio, the hand-off package. */
export const radio = {
  services: { airtime, rundown, 'rundown-package': rundownPackage, speech },
  controllers: { radio: radioController },
  documentMiddlewares: { airtime: airtimeRule, rundown: rundownRule },
  subscribers: radioSubscribers,
  panels: radioPanels,
  contentTypes: { 'speech-job': { schema: speechJobSchema } },
  jobKinds: (strapi: Core.Strapi) => [getService(strapi, 'speech').jobKind()],
  routes: {
    contentApi: [],
    admin: adminRoutes([
      ['GET', '/stations/:slug/rundown', 'radio.rundown'],
      ['GET', '/stations/:slug/rundown.html', 'radio.sheet'],
    ]),
  },
};
