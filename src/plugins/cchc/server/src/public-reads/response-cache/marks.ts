import type { Core } from '@strapi/strapi';
import { requestState } from '../../core/http/context';

interface CacheState {
  cchcUncacheable?: boolean;
}

const stateOf = (strapi: Core.Strapi) => requestState<CacheState>(strapi);

/** The current request read something no other caller may be served: do not store its answer. */
export const markUncacheable = (strapi: Core.Strapi) => {
  const state = stateOf(strapi);
  if (state) {
    state.cchcUncacheable = true;
  }
};

export const isUncacheable = (state: object) => Boolean((state as CacheState).cchcUncacheable);
