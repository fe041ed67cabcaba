import type { Core } from '@strapi/strapi';
import { ackBodySchema, claimBodySchema, listQuerySchema } from '../services/social-queue';
import { getService } from '../utils/get-service';
import { parseInput } from '../utils/parse-input';

interface QueueContext {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { auth?: { credentials?: { id?: number | string; name?: string } | null } };
  body: unknown;
}

/** The posting tools' side of the social queue (API tokens with the queue permissions). */
const socialQueueController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/social-queue/claim { channel, max } */
  async claim(ctx: QueueContext) {
    const { channel, max } = parseInput(claimBodySchema, ctx.request.body ?? {}, 'Nội dung gửi');
    const credentials = ctx.state.auth?.credentials;
    const owner = credentials ? `${credentials.name ?? 'token'} #${credentials.id}` : 'unknown';
    ctx.body = { data: await getService(strapi, 'social-queue').claim(channel, max, owner) };
  },

  /** POST /api/social-queue/:id/ack { status, externalId?, error? } */
  async ack(ctx: QueueContext) {
    const body = parseInput(ackBodySchema, ctx.request.body ?? {}, 'Nội dung gửi');
    ctx.body = { data: await getService(strapi, 'social-queue').ack(ctx.params.id, body) };
  },

  /** GET /api/social-queue?channel=&status=&page=&pageSize= */
  async list(ctx: QueueContext) {
    ctx.body = await getService(strapi, 'social-queue').list(
      parseInput(listQuerySchema, ctx.query, 'Tham số')
    );
  },
});

export default socialQueueController;
