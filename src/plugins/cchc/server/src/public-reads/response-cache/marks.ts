import type { Core } from '@strapi/strapi';
import { requestState } from '../../core/http/context';

interface CacheState {
  cchcUncacheable?: boolean;
}

/** The current request read something no other caller may be served: do not store its answer. */
export const markUncacheable = (strapi: Core.Strapi) => {
  const state = requestState<CacheState>(strapi);
  if (state) {
    state.cchcUncacheable = true;
  }
};

export const isUncacheable = (state: object) => Boolean((state as CacheState).cchcUncacheable);
