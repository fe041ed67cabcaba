import type { Core } from '@strapi/strapi';
import { ackBodySchema, claimBodySchema, listQuerySchema } from '../services/social-queue';
import { getService } from '../../core/get-service';
import { type HttpContext } from '../../core/http/context';
import { parseInput } from '../../core/parse-input';

/** Who holds what a claim leases: the API token's name and id. */
const ownerOf = (ctx: HttpContext) => {
  const credentials = ctx.state.auth?.credentials;
  return credentials ? `${credentials.name ?? 'token'} #${credentials.id}` : 'unknown';
};

/** The posting tools' side of the social queue (API tokens with the queue permissions). */
const socialQueueController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/social-queue/claim { channel, max } */
  async claim(ctx: HttpContext) {
    const { channel, max } = parseInput(claimBodySchema, ctx.request.body ?? {}, 'Nội dung gửi');
    ctx.body = {
      data: await getService(strapi, 'social-queue').claim(channel, max, ownerOf(ctx)),
    };
  },

  /** POST /api/social-queue/:id/ack { status, externalId?, error? } */
  async ack(ctx: HttpContext) {
    const body = parseInput(ackBodySchema, ctx.request.body ?? {}, 'Nội dung gửi');
    const social = getService(strapi, 'social-queue');
    ctx.body = { data: await social.ack(ctx.params.id, body, new Date(), ownerOf(ctx)) };
  },

  /** GET /api/social-queue?channel=&status=&page=&pageSize= */
  async list(ctx: HttpContext) {
    ctx.body = await getService(strapi, 'social-queue').list(
      parseInput(listQuerySchema, ctx.query, 'Tham số')
    );
  },
});

export default socialQueueController;
