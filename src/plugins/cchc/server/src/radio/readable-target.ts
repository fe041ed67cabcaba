import type { Core, UID } from '@strapi/strapi';
import { adminRequest, canOn } from '../core/admin-ability';
import { findCurrentRow } from '../core/current-row';
import { ownerFieldOf } from '../core/plugin-config';
import { isContentApiRequest, isFullAccessToken } from '../core/request-auth';
import { rowsOf } from '../core/rows';

/**
 * Whether the caller of the current request may read the document a write is about to point a
 * relation at: a published document anyone; a draft an admin by the content manager's read
 * permission and its unit conditions, a full-access token always. Code that calls the Document
 * Service outside a request is trusted.
 */
export const callerMayRead = async (
  strapi: Core.Strapi,
  uid: UID.ContentType,
  ref: { documentId?: string; id?: number }
): Promise<boolean> => {
  const admin = adminRequest(strapi);
  const contentApi = !admin && isContentApiRequest(strapi);
  if ((!admin && !contentApi) || admin?.isSuperAdmin || (contentApi && isFullAccessToken(strapi))) {
    return true;
  }
  const field = ownerFieldOf(strapi, uid);
  const populate = field ? { [field]: { select: ['id'] } } : undefined;
  const query = rowsOf(strapi, uid);
  const row =
    ref.documentId !== undefined
      ? await findCurrentRow(strapi, uid, ref.documentId, { populate })
      : await query.findOne({ where: { id: ref.id }, populate });
  if (!row) {
    return false;
  }
  if (admin && canOn(strapi, admin.ability, uid, 'read', row)) {
    return true;
  }
  // what is published anyone may read through the public API
  const draftAndPublish = strapi.getModel(uid)?.options?.draftAndPublish === true;
  if (!draftAndPublish) {
    return !admin;
  }
  return (
    (await query.count({
      where: { documentId: row.documentId, publishedAt: { $notNull: true } },
    })) > 0
  );
};
