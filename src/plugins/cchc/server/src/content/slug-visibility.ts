import type { Core } from '@strapi/strapi';
import { adminRequest, canOn } from '../core/admin-ability';
import { ownerFieldOf } from '../core/plugin-config';

/** Which stored rows the current caller may know the slug of; `null`: every row. */
export interface SlugVisibility {
  /** The relation to populate so that unit conditions can be checked on a row. */
  populate: string | null;
  visible(row: Record<string, unknown>): boolean;
}

/**
 * A slug held by a document tells that the document exists. An admin user (other than a super
 * admin) may learn only the slugs of what is published and of what they may read; the Content
 * API's writers (full-access tokens) and the system see every row.
 */
export const slugVisibility = (strapi: Core.Strapi, uid: string): SlugVisibility | null => {
  const admin = adminRequest(strapi);
  if (!admin || admin.isSuperAdmin) {
    return null;
  }
  return {
    populate: ownerFieldOf(strapi, uid),
    visible: (row) => Boolean(row.publishedAt) || canOn(strapi, admin.ability, uid, 'read', row),
  };
};
