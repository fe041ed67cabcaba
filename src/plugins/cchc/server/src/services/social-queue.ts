import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { SOCIAL_CHANNEL_UID, SOCIAL_POST_UID } from '../constants';
import { getService } from '../utils/get-service';
import { retryAt } from '../utils/leased-jobs';
import { pluginConfig } from '../utils/plugin-config';
import { attributesOf } from '../utils/plugin-options';
import type { FeedType } from './feeds';

const documentId = z.string().regex(/^[a-z0-9]{10,64}$/, 'a documentId');

export const claimBodySchema = z.strictObject({
  channel: documentId,
  max: z.number().int().min(1).max(50).default(10),
});
export const ackBodySchema = z.strictObject({
  status: z.enum(['posted', 'failed']),
  externalId: z.string().max(255).optional(),
  error: z.string().max(2000).optional(),
});
export const listQuerySchema = z.strictObject({
  channel: documentId.optional(),
  status: z.enum(['pending', 'leased', 'posted', 'failed', 'cancelled']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

type Row = Record<string, unknown>;
interface Post {
  id: number;
  documentId: string;
  status: string;
  attempts: number;
  leaseOwner: string | null;
}

/** The fields a worker gets for each item. */
const PUBLIC_FIELDS = [
  'documentId',
  'contentType',
  'targetDocumentId',
  'summary',
  'channelName',
  'message',
  'hashtags',
  'link',
  'imageUrl',
  'scheduledAt',
  'status',
  'attempts',
  'leaseUntil',
  'externalId',
  'lastError',
  'postedAt',
];

const absolute = (url: string, baseUrl: string) =>
  /^https?:\/\//.test(url) ? url : `${baseUrl.replace(/\/$/, '')}${url}`;

/**
 * The social posting queue. Publishing content marked for social media queues one post per
 * active channel of its unit (and of the units below when it is shared), once. Posting tools
 * lease items (so two workers never get the same one), post them and acknowledge.
 */
const socialQueueService = ({ strapi }: { strapi: Core.Strapi }) => {
  const posts = () => strapi.db.query(SOCIAL_POST_UID);
  const settings = () => pluginConfig(strapi).social;
  const baseUrl = () => (strapi.config.get('server.url') as string) || 'http://localhost:1337';

  return {
    /** Whether a type carries the social channel flag (`channels.social`). */
    isSocial(uid: string) {
      const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes];
      return Boolean(
        model && 'channels' in attributesOf(model) && 'socialPost' in attributesOf(model)
      );
    },

    /** Queues the posts of a document that was just published; never twice for one channel. */
    async enqueue(uid: UID.ContentType, docId: string, type: FeedType) {
      const row = (await strapi.db.query(uid).findOne({
        where: { documentId: docId, publishedAt: { $notNull: true } },
        populate: {
          channels: true,
          socialPost: true,
          cover: { select: ['url'] },
          unit: { select: ['id', 'slug', 'itemUrlPattern', 'path'] },
        },
      })) as Row | null;
      const channelsFlag = row?.channels as { social?: boolean } | null;
      const unit = row?.unit as { id: number; path: string | null } | null;
      if (!row || !channelsFlag?.social || !unit) {
        return 0;
      }
      const units =
        row.sharedWithSubunits && unit.path
          ? await getService(strapi, 'unit-tree').idsAtOrBelow([unit.path])
          : [unit.id];
      const channels = (await strapi.db.query(SOCIAL_CHANNEL_UID).findMany({
        where: { active: true, unit: { id: { $in: units } } },
        populate: { unit: { select: ['id', 'name', 'slug', 'itemUrlPattern'] } },
      })) as Array<Row & { id: number; documentId: string; name: string; unit: Row | null }>;
      const social = (row.socialPost ?? {}) as { text?: string | null; hashtags?: string | null };
      const cover = row.cover as { url: string } | null;
      let created = 0;
      for (const channel of channels) {
        const dedupeKey = `${uid}:${docId}:${channel.documentId}`;
        if ((await posts().count({ where: { dedupeKey } })) > 0) {
          continue;
        }
        await posts().create({
          data: {
            contentType: uid,
            targetDocumentId: docId,
            summary: String(row.title ?? '').slice(0, 300),
            channel: channel.id,
            channelName: channel.name,
            unit: (channel.unit as { id?: number } | null)?.id ?? null,
            dedupeKey,
            message: social.text || row.summary || row.title,
            hashtags: social.hashtags ?? null,
            link: getService(strapi, 'feeds').itemUrl(type, row, channel.unit as never),
            imageUrl: cover ? absolute(cover.url, baseUrl()) : null,
            scheduledAt: new Date(),
            status: 'pending',
            attempts: 0,
          },
        });
        created += 1;
      }
      return created;
    },

    /** Unpublished or deleted content: what is not posted yet will not be. */
    async cancel(uid: string, docId: string) {
      await posts().updateMany({
        where: {
          contentType: uid,
          targetDocumentId: docId,
          status: { $in: ['pending', 'leased'] },
        },
        data: { status: 'cancelled', leaseOwner: null, leaseUntil: null },
      });
    },

    /** Leases that ran out go back to the queue. */
    async expireLeases(now: Date) {
      await posts().updateMany({
        where: { status: 'leased', leaseUntil: { $lt: now } },
        data: { status: 'pending', leaseOwner: null, leaseUntil: null },
      });
    },

    async channel(channelDocumentId: string) {
      const channel = await strapi.db
        .query(SOCIAL_CHANNEL_UID)
        .findOne({ where: { documentId: channelDocumentId }, select: ['id', 'active'] });
      if (!channel) {
        throw new errors.NotFoundError(`Không có kênh mạng xã hội "${channelDocumentId}".`);
      }
      return channel as { id: number; active: boolean };
    },

    /** Leases up to `max` due items of a channel to `owner`; each item to one caller only. */
    async claim(channelDocumentId: string, max: number, owner: string, now = new Date()) {
      const channel = await this.channel(channelDocumentId);
      await this.expireLeases(now);
      const due = {
        channel: { id: channel.id },
        status: 'pending',
        scheduledAt: { $lte: now },
        $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: now } }],
      };
      const leaseUntil = new Date(now.getTime() + settings().leaseSeconds * 1000);
      const claimed: number[] = [];
      // a few more candidates than asked for: another worker may take some first
      const candidates = (await posts().findMany({
        where: due,
        orderBy: [{ scheduledAt: 'asc' }, { id: 'asc' }],
        select: ['id'],
        limit: max * 3,
      })) as Array<{ id: number }>;
      for (const { id } of candidates) {
        if (claimed.length >= max) {
          break;
        }
        const { count } = await posts().updateMany({
          where: { id, status: 'pending' },
          data: { status: 'leased', leaseOwner: owner, leaseUntil },
        });
        if (count === 1) {
          claimed.push(id);
        }
      }
      const items = claimed.length
        ? await posts().findMany({ where: { id: { $in: claimed } }, select: PUBLIC_FIELDS })
        : [];
      return { leaseUntil: leaseUntil.toISOString(), items };
    },

    async ack(postDocumentId: string, body: z.infer<typeof ackBodySchema>, now = new Date()) {
      const post = (await posts().findOne({
        where: { documentId: postDocumentId },
      })) as Post | null;
      if (!post) {
        throw new errors.NotFoundError(`Không có bài đăng "${postDocumentId}" trong hàng đợi.`);
      }
      const unchanged = (message: string) => ({ changed: false, message, item: post });
      if (body.status === 'posted') {
        if (post.status === 'posted') {
          return unchanged('Đã ghi nhận là đã đăng từ trước; không thay đổi gì.');
        }
        if (post.status === 'cancelled') {
          throw new errors.ApplicationError(
            'Bài này đã bị hủy vì nội dung đã gỡ khỏi trang; hãy gỡ bài vừa đăng trên mạng xã hội.'
          );
        }
        await posts().update({
          where: { id: post.id },
          data: {
            status: 'posted',
            externalId: body.externalId ?? null,
            postedAt: now,
            leaseOwner: null,
            leaseUntil: null,
            lastError: null,
          },
        });
      } else {
        if (post.status !== 'leased') {
          return unchanged(
            `Bài đang ở trạng thái "${post.status}", không có lượt nhận nào đang chờ kết quả; không thay đổi gì.`
          );
        }
        const attempts = post.attempts + 1;
        const { maxAttempts, backoffSeconds } = settings();
        const final = attempts >= maxAttempts;
        await posts().update({
          where: { id: post.id },
          data: {
            status: final ? 'failed' : 'pending',
            attempts,
            lastError: body.error ?? 'Công cụ đăng bài báo lỗi, không kèm mô tả.',
            nextAttemptAt: final ? null : retryAt(now, backoffSeconds, attempts),
            leaseOwner: null,
            leaseUntil: null,
          },
        });
      }
      return {
        changed: true,
        message: 'Đã ghi nhận.',
        item: await posts().findOne({ where: { id: post.id }, select: PUBLIC_FIELDS }),
      };
    },

    async list(query: z.infer<typeof listQuerySchema>, now = new Date()) {
      await this.expireLeases(now);
      const where = {
        ...(query.channel && { channel: { documentId: query.channel } }),
        ...(query.status && { status: query.status }),
      };
      const [results, total] = await Promise.all([
        posts().findMany({
          where,
          select: PUBLIC_FIELDS,
          orderBy: [{ scheduledAt: 'desc' }, { id: 'desc' }],
          offset: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
        }),
        posts().count({ where }),
      ]);
      return {
        data: results,
        meta: {
          pagination: {
            page: query.page,
            pageSize: query.pageSize,
            total,
            pageCount: Math.ceil(total / query.pageSize),
          },
        },
      };
    },

    /** The posts of one document, for its panel in the admin. */
    async postsOf(uid: string, docId: string) {
      return posts().findMany({
        where: { contentType: uid, targetDocumentId: docId },
        select: PUBLIC_FIELDS,
        orderBy: [{ id: 'asc' }],
      });
    },
  };
};

export default socialQueueService;
export type SocialQueueService = ReturnType<typeof socialQueueService>;
