import type { Core } from '@strapi/strapi';
import { schemaOf } from '../../core/schemas';
import { TRAINING_UID } from '../../core/constants';
import { reviewedTypeNamed } from '../../core/reviewed-types';
import { readTypes, referenceTypes } from '../read-types';
import { COMMON_SCOPE } from '../services/content-version';

const CALENDAR = /^\/api\/trainings\/calendar\.ics$/;

const pluralOf = (strapi: Core.Strapi, uid: string) => schemaOf(strapi, uid)?.info.pluralName;

export interface Dependencies {
  /** the content versions the answer shows */
  scopes: string[];
  /** whether it may carry the request's own address (feeds' absolute links without PUBLIC_URL) */
  origin: boolean;
}

/**
 * What an answer depends on: a read type's lists and items on that type and the reference data,
 * reference data alone on itself, a feed on its type; GraphQL and anything else on all of them.
 * JSON content carries no address of the request; feeds and other documents may.
 */
export const dependenciesOf = (
  strapi: Core.Strapi,
  path: string,
  query: Record<string, unknown>
): Dependencies => {
  const all = [...readTypes(strapi).map((type) => type.uid), COMMON_SCOPE];
  if (path.startsWith('/api/feeds/')) {
    const type = typeof query.type === 'string' ? query.type : 'article';
    const uid = reviewedTypeNamed(strapi, type);
    return { scopes: uid ? [uid, COMMON_SCOPE] : all, origin: true };
  }
  if (CALENDAR.test(path)) {
    return { scopes: [TRAINING_UID, COMMON_SCOPE], origin: false };
  }
  const [, prefix, plural] = path.split('/');
  if (prefix !== 'api' || !plural) {
    return { scopes: all, origin: path !== '' };
  }
  const read = readTypes(strapi).find((type) => pluralOf(strapi, type.uid) === plural);
  if (read) {
    return { scopes: [read.uid, COMMON_SCOPE], origin: false };
  }
  return referenceTypes(strapi).some((uid) => pluralOf(strapi, uid) === plural)
    ? { scopes: [COMMON_SCOPE], origin: false }
    : { scopes: all, origin: true };
};
