import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { queueQuerySchema } from '../services/review-queue';
import { REVIEW_ACTIONS } from '../stages';
import { adminRequest } from '../../core/admin-ability';
import { getService } from '../../core/get-service';
import type { HttpContext } from '../../core/http/context';
import { parseInput } from '../../core/parse-input';
import { pluginConfig } from '../../core/plugin-config';

const transitionBodySchema = z
  .strictObject({ comment: z.string().max(2000).nullish() })
  .nullish()
  .transform((body) => body ?? {});

const reviewController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /cchc/review/config: what the admin panels need to know. */
  async config(ctx: HttpContext) {
    const { review, timeZone } = pluginConfig(strapi);
    ctx.body = { types: review.types, timeZone };
  },

  /** GET /cchc/review/queue?type=&page=&pageSize= */
  async queue(ctx: HttpContext) {
    const query = parseInput(queueQuerySchema, ctx.query, 'Tham số');
    const admin = adminRequest(strapi);
    if (!admin) {
      throw new errors.UnauthorizedError();
    }
    ctx.body = await getService(strapi, 'review-queue').list(
      { ability: admin.ability, userId: String(admin.user.id), isSuperAdmin: admin.isSuperAdmin },
      query
    );
  },

  /** GET /cchc/review/:uid/:documentId */
  async state(ctx: HttpContext) {
    const { uid, documentId } = ctx.params;
    const review = getService(strapi, 'review');
    ctx.body = await review.state(review.reviewedType(uid), documentId);
  },

  /** POST /cchc/review/:uid/:documentId/:action { comment? } */
  async transition(ctx: HttpContext) {
    const { uid, documentId, action } = ctx.params;
    const move = parseInput(z.enum(REVIEW_ACTIONS), action, 'Thao tác duyệt');
    const { comment } = parseInput(transitionBodySchema, ctx.request.body, 'Nội dung gửi');
    const review = getService(strapi, 'review');
    ctx.body = await review.transition(review.reviewedType(uid), documentId, move, { comment });
  },
});

export default reviewController;
