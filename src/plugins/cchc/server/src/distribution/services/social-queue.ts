import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { SOCIAL_CHANNEL_UID, SOCIAL_POST_UID } from '../../core/constants';
import { getService } from '../../core/get-service';
import { claimRow, dueOrAbandoned, leaseClock, type Claim } from '../../core/jobs/leases';
import { pluginConfig } from '../../core/plugin-config';
import type { RetainedTable } from '../../core/jobs/retention';
import { attributesOf } from '../../core/plugin-options';
import { rowsOf } from '../../core/rows';
import { schemaOf } from '../../core/schemas';
import type { FeedType } from './feeds';
import {
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
import { ackPost } from './social-acks';

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

    /** Records a worker's result (`social-acks.ts`). */
    ack(postDocumentId: string, body: AckBody, now = new Date(), owner?: string) {
      return ackPost(strapi, postDocumentId, body, now, owner);
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
