import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { ackBodySchema, claimBodySchema, listQuerySchema } from '../services/social-queue';
import { getService } from '../utils/get-service';

interface QueueContext {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  state: { auth?: { credentials?: { id?: number | string; name?: string } | null } };
  body: unknown;
}

const parse = <T>(schema: z.ZodType<T>, input: unknown): T => {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new errors.ValidationError(
      `Nội dung gửi không hợp lệ: ${parsed.error.issues.map((i) => `${i.path.join('.') || i.code}: ${i.message}`).join('; ')}`
    );
  }
  return parsed.data;
};

/** The posting tools' side of the social queue (API tokens with the queue permissions). */
const socialQueueController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/social-queue/claim { channel, max } */
  async claim(ctx: QueueContext) {
    const { channel, max } = parse(claimBodySchema, ctx.request.body ?? {});
    const credentials = ctx.state.auth?.credentials;
    const owner = credentials ? `${credentials.name ?? 'token'} #${credentials.id}` : 'unknown';
    ctx.body = { data: await getService(strapi, 'social-queue').claim(channel, max, owner) };
  },

  /** POST /api/social-queue/:id/ack { status, externalId?, error? } */
  async ack(ctx: QueueContext) {
    const body = parse(ackBodySchema, ctx.request.body ?? {});
    ctx.body = { data: await getService(strapi, 'social-queue').ack(ctx.params.id, body) };
  },

  /** GET /api/social-queue?channel=&status=&page=&pageSize= */
  async find(ctx: QueueContext) {
    ctx.body = await getService(strapi, 'social-queue').list(parse(listQuerySchema, ctx.query));
  },
});

export default socialQueueController;
