import { errors } from '@strapi/utils';
import { isContentApiRequest, isFullAccessToken, siteTokenOf } from '../../core/request-auth';
import type { DocumentMiddlewareFactory } from '../../core/document-middleware';

const READ_ACTIONS = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/**
 * Stock Strapi hands drafts to any Content API caller that asks for `status=draft` (REST)
 * or `status: DRAFT` (GraphQL). Portals, sites and read-only tokens see published content
 * only: such a request is refused with 403, never answered with drafts. A site token granted
 * draft preview may ask; the site token row rules then give it its own unit's drafts only.
 */
const publishedOnlyMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  if (!READ_ACTIONS.has(ctx.action) || !ctx.contentType.options?.draftAndPublish) {
    return next();
  }
  const { status } = ctx.params as { status?: string };
  if (
    status === 'draft' &&
    isContentApiRequest(strapi) &&
    !isFullAccessToken(strapi) &&
    !siteTokenOf(strapi)?.canPreviewDrafts
  ) {
    throw new errors.PolicyError(
      'Bản nháp chỉ xem được trong trang quản trị hoặc bằng mã API toàn quyền (drafts are not public).'
    );
  }
  return next();
};

export default publishedOnlyMiddleware;
