import type { Core, UID } from '@strapi/strapi';
import { APP_UIDS } from './plugins/cchc/server/src/core/constants';

/** The application's content types, named once in the plugin that works with them. */
export const UIDS = APP_UIDS;

/** Reference data Public may read beside the reviewed types and the unit tree. */
const PUBLIC_REFERENCE: UID.ContentType[] = [UIDS.column, UIDS.topic, UIDS.campaign];

/**
 * Content the Public role may read (published versions only, as Strapi serves them): the
 * reviewed types and the unit tree as the cchc plugin's config names them, and the reference data.
 */
export const publicReadable = (strapi: Core.Strapi): UID.ContentType[] => {
  const { review, unitUid } = strapi.config.get('plugin::cchc') as {
    review: { types: string[] };
    unitUid: string;
  };
  return [...review.types, unitUid, ...PUBLIC_REFERENCE] as UID.ContentType[];
};

export const PUBLIC_ACTIONS = ['find', 'findOne'] as const;
