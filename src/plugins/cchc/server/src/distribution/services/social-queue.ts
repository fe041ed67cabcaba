import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { SOCIAL_CHANNEL_UID, SOCIAL_POST_UID } from '../../core/constants';
import { getService } from '../../core/get-service';
import {
  claimRow,
  dueOrAbandoned,
  finishClaim,
  leaseClock,
  retryAt,
  type Claim,
} from '../../core/jobs/leases';
import { pluginConfig } from '../../core/plugin-config';
import type { RetainedTable } from '../../core/jobs/retention';
import { attributesOf } from '../../core/plugin-options';
import { rowsOf } from '../../core/rows';
import { schemaOf } from '../../core/schemas';
import type { FeedType } from './feeds';
import {
  ackCameTooLate,
  heldClaim,
  LEASE,
  leaseTokenOf,
  PUBLIC_FIELDS,
  publicPost,
  type AckBody,
  type listQuerySchema,
  type Post,
  type Row,
} from '../social-queue-input';
import { postData, type Channel, type SocialContent } from '../social-post-data';

export { ackBodySchema, claimBodySchema, listQuerySchema } from '../social-queue-input';

/**
 * The social posting queue. Publishing content marked for social media queues one post per
 * active channel of its unit (and of the units below when it is shared), once. Posting tools
 * lease items (so two workers never get the same one), post them and acknowledge.
 */
const socialQueueService = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The posts table; `Shape` is what a `select` leaves of a post. */
  const posts = <Shape = Post>() => rowsOf<Shape>(strapi, SOCIAL_POST_UID);
  const channels = <Shape = Channel>() => rowsOf<Shape>(strapi, SOCIAL_CHANNEL_UID);
  const settings = () => pluginConfig(strapi).social;
  const baseUrl = () => strapi.config.get<string>('server.url') || 'http://localhost:1337';

  return {
    /**
     * Old posts that never went out (cancelled because the content was taken down, or failed for
     * good) are deleted by retention: a later publish may queue the item again. Posted rows stay:
     * they keep the item from being posted twice and are the unit's record of social channel
     * use that results reports count.
     */
    retention(): RetainedTable {
      return {
        name: 'social-posts',
        uid: SOCIAL_POST_UID,
        retention: {
          finished: ['cancelled', 'failed'],
          timeFields: ['scheduledAt', 'nextAttemptAt', 'leaseUntil', 'postedAt'],
        },
      };
    },

    /** Whether a type carries the social channel flag (`channels.social`). */
    isSocial(uid: string) {
      const model = schemaOf(strapi, uid);
      return Boolean(
        model && 'channels' in attributesOf(model) && 'socialPost' in attributesOf(model)
      );
    },

    /** Queues the posts of a document that was just published; never twice for one channel. */
    async enqueue(uid: UID.ContentType, docId: string, type: FeedType) {
      const row = await rowsOf<SocialContent>(strapi, uid).findOne({
        where: { documentId: docId, publishedAt: { $notNull: true } },
        populate: {
          channels: true,
          socialPost: true,
          cover: { select: ['url'] },
          unit: { select: ['id', 'slug', 'itemUrlPattern', 'path'] },
        },
      });
      const unit = row?.unit;
      if (!row || !row.channels?.social || !unit) {
        return 0;
      }
      const units =
        row.sharedWithSubunits && unit.path
          ? await getService(strapi, 'unit-tree').idsAtOrBelow([unit.path])
          : [unit.id];
      const activeChannels = await channels().findMany({
        where: { active: true, unit: { id: { $in: units } } },
        populate: { unit: { select: ['id', 'name', 'slug', 'itemUrlPattern'] } },
      });
      let created = 0;
      for (const channel of activeChannels) {
        const dedupeKey = `${uid}:${docId}:${channel.documentId}`;
        if ((await posts().count({ where: { dedupeKey } })) > 0) {
          continue;
        }
        const link = getService(strapi, 'feeds').itemUrl(type, row, channel.unit);
        await posts().create({
          data: postData({ uid, docId, row, channel, dedupeKey, link }, baseUrl()),
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
      const channel = await channels<Pick<Channel, 'id' | 'active'>>().findOne({
        where: { documentId: channelDocumentId },
        select: ['id', 'active'],
      });
      if (!channel) {
        throw new errors.NotFoundError(`Không có kênh mạng xã hội "${channelDocumentId}".`);
      }
      return channel;
    },

    /**
     * Leases up to `max` due items of a channel to `owner`; each item to one caller only. One
     * clock for the whole claim: `now` (the database's unless given) decides what is due, which
     * leases ran out and when the new ones end.
     */
    async claim(channelDocumentId: string, max: number, owner: string, now?: Date) {
      const channel = await this.channel(channelDocumentId);
      const at = now ?? (await leaseClock(strapi));
      const due = { scheduledAt: { $lte: at } };
      const leaseMs = settings().leaseSeconds * 1000;
      const claims: Claim[] = [];
      // a few more candidates than asked for: another worker may take some first
      const candidates = await posts<Pick<Post, 'id'>>().findMany({
        where: { channel: { id: channel.id }, ...dueOrAbandoned(at, at, LEASE, due) },
        orderBy: [{ scheduledAt: 'asc' }, { id: 'asc' }],
        select: ['id'],
        limit: max * 3,
      });
      for (const { id } of candidates) {
        if (claims.length >= max) {
          break;
        }
        const claim = await claimRow(strapi, posts(), id, at, LEASE, owner, leaseMs, due, at);
        if (claim) {
          claims.push(claim);
        }
      }
      const rows = claims.length
        ? await posts<Row & Pick<Post, 'id'>>().findMany({
            where: { id: { $in: claims.map((c) => c.id) } },
            select: [...PUBLIC_FIELDS, 'id'],
          })
        : [];
      const items = rows.map(({ id, ...item }) => {
        const claim = claims.find((c) => c.id === id)!;
        return { ...item, leaseToken: leaseTokenOf(claim.until) };
      });
      return { leaseUntil: new Date(at.getTime() + leaseMs).toISOString(), items };
    },

    /**
     * Records a worker's result. While a post is leased, only its holder's ack counts (the lease
     * token from the claim, else the caller's owner name): a worker whose lease ran out and passed
     * to another changes nothing, so the new holder's lease stands.
     */
    async ack(postDocumentId: string, body: AckBody, now = new Date(), owner?: string) {
      const post = await posts().findOne({ where: { documentId: postDocumentId } });
      if (!post) {
        throw new errors.NotFoundError(`Không có bài đăng "${postDocumentId}" trong hàng đợi.`);
      }
      if (ackCameTooLate(post, body, owner)) {
        return this.lostAck(post, body, owner);
      }
      const outcome =
        body.status === 'posted'
          ? await this.recordPosted(post, body, now)
          : await this.recordFailed(post, body, now);
      if (outcome === 'lost') {
        return this.lostAck(post, body, owner);
      }
      if (typeof outcome === 'string') {
        return { changed: false, message: outcome, item: publicPost(post) };
      }
      return {
        changed: true,
        message: 'Đã ghi nhận.',
        item: await posts<Row>().findOne({ where: { id: post.id }, select: PUBLIC_FIELDS }),
      };
    },

    lostAck(post: Post, body: AckBody, owner?: string) {
      strapi.log.warn(
        `Social post ${post.documentId}: a "${body.status}" ack from ${owner ?? 'a worker'} came after its lease passed to ${post.leaseOwner ?? 'nobody'}; not recorded`
      );
      return {
        changed: false,
        message:
          'Lượt nhận bài của công cụ này đã hết hạn và bài đã được giao cho lượt nhận khác; kết quả không được ghi, không thay đổi gì.',
        item: publicPost(post),
      };
    },

    /** Writes `data` only if the post is still as it was read. */
    async recordAck(post: Post, data: Row) {
      const held = heldClaim(post);
      if (held) {
        return finishClaim(strapi, posts(), held, LEASE, data, `Social post ${post.documentId}`);
      }
      const { count } = await posts().updateMany({
        where: { id: post.id, status: post.status, leaseOwner: post.leaseOwner },
        data,
      });
      return count === 1;
    },

    /** true when recorded, 'lost' when the post changed meanwhile, else why nothing changed. */
    async recordPosted(post: Post, body: AckBody, now: Date): Promise<true | string> {
      if (post.status === 'posted') {
        return 'Đã ghi nhận là đã đăng từ trước; không thay đổi gì.';
      }
      if (post.status === 'cancelled') {
        throw new errors.ApplicationError(
          'Bài này đã bị hủy vì nội dung đã gỡ khỏi trang; hãy gỡ bài vừa đăng trên mạng xã hội.'
        );
      }
      const posted = await this.recordAck(post, {
        status: 'posted',
        externalId: body.externalId ?? null,
        postedAt: now,
        leaseOwner: null,
        leaseUntil: null,
        lastError: null,
      });
      return posted || 'lost';
    },

    /** A failure: retried later with backoff, until the last attempt. */
    async recordFailed(post: Post, body: AckBody, now: Date): Promise<true | string> {
      if (post.status !== 'leased') {
        return `Bài đang ở trạng thái "${post.status}", không có lượt nhận nào đang chờ kết quả; không thay đổi gì.`;
      }
      const attempts = post.attempts + 1;
      const { maxAttempts, backoffSeconds } = settings();
      const final = attempts >= maxAttempts;
      const recorded = await this.recordAck(post, {
        status: final ? 'failed' : 'pending',
        attempts,
        lastError: body.error ?? 'Công cụ đăng bài báo lỗi, không kèm mô tả.',
        nextAttemptAt: final ? null : retryAt(now, backoffSeconds, attempts),
        leaseOwner: null,
        leaseUntil: null,
      });
      return recorded || 'lost';
    },

    async list(query: z.infer<typeof listQuerySchema>, now = new Date()) {
      await this.expireLeases(now);
      const where = {
        ...(query.channel && { channel: { documentId: query.channel } }),
        ...(query.status && { status: query.status }),
      };
      const [results, total] = await Promise.all([
        posts<Row>().findMany({
          where,
          select: PUBLIC_FIELDS,
          orderBy: [{ scheduledAt: 'desc' }, { id: 'desc' }],
          offset: (query.page - 1) * query.pageSize,
          limit: query.pageSize,
        }),
        posts().count({ where }),
      ]);
      return {
        // the order by id puts it in the rows; the queue names posts by documentId
        data: results.map((row) => publicPost(row)),
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
      return posts<Row>().findMany({
        where: { contentType: uid, targetDocumentId: docId },
        select: PUBLIC_FIELDS,
        orderBy: [{ id: 'asc' }],
      });
    },
  };
};

export default socialQueueService;
export type SocialQueueService = ReturnType<typeof socialQueueService>;
