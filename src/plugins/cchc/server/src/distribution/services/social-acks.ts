import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SOCIAL_POST_UID } from '../../core/constants';
import { finishClaim, retryAt } from '../../core/jobs/leases';
import { pluginConfig } from '../../core/plugin-config';
import { rowsOf } from '../../core/rows';
import {
  ackCameTooLate,
  heldClaim,
  LEASE,
  PUBLIC_FIELDS,
  publicPost,
  type AckBody,
  type Post,
  type Row,
} from '../social-queue-input';

/** true when recorded, 'lost' when the post changed meanwhile, else why nothing changed. */
type Outcome = true | 'lost' | string;

const posts = <Shape = Post>(strapi: Core.Strapi) => rowsOf<Shape>(strapi, SOCIAL_POST_UID);

const lostAck = (strapi: Core.Strapi, post: Post, body: AckBody, owner?: string) => {
  strapi.log.warn(
    `Social post ${post.documentId}: a "${body.status}" ack from ${owner ?? 'a worker'} came after its lease passed to ${post.leaseOwner ?? 'nobody'}; not recorded`
  );
  return {
    changed: false,
    message:
      'Lượt nhận bài của công cụ này đã hết hạn và bài đã được giao cho lượt nhận khác; kết quả không được ghi, không thay đổi gì.',
    item: publicPost(post),
  };
};

/** Writes `data` only if the post is still as it was read. */
const recordAck = async (strapi: Core.Strapi, post: Post, data: Row) => {
  const held = heldClaim(post);
  if (held) {
    return finishClaim(strapi, posts(strapi), held, LEASE, data, `Social post ${post.documentId}`);
  }
  const { count } = await posts(strapi).updateMany({
    where: { id: post.id, status: post.status, leaseOwner: post.leaseOwner },
    data,
  });
  return count === 1;
};

const recordPosted = async (
  strapi: Core.Strapi,
  post: Post,
  body: AckBody,
  now: Date
): Promise<Outcome> => {
  if (post.status === 'posted') {
    return 'Đã ghi nhận là đã đăng từ trước; không thay đổi gì.';
  }
  if (post.status === 'cancelled') {
    throw new errors.ApplicationError(
      'Bài này đã bị hủy vì nội dung đã gỡ khỏi trang; hãy gỡ bài vừa đăng trên mạng xã hội.'
    );
  }
  const posted = await recordAck(strapi, post, {
    status: 'posted',
    externalId: body.externalId ?? null,
    postedAt: now,
    leaseOwner: null,
    leaseUntil: null,
    lastError: null,
  });
  return posted || 'lost';
};

/** A failure: retried later with backoff, until the last attempt. */
const recordFailed = async (
  strapi: Core.Strapi,
  post: Post,
  body: AckBody,
  now: Date
): Promise<Outcome> => {
  if (post.status !== 'leased') {
    return `Bài đang ở trạng thái "${post.status}", không có lượt nhận nào đang chờ kết quả; không thay đổi gì.`;
  }
  const attempts = post.attempts + 1;
  const { maxAttempts, backoffSeconds } = pluginConfig(strapi).social;
  const final = attempts >= maxAttempts;
  const recorded = await recordAck(strapi, post, {
    status: final ? 'failed' : 'pending',
    attempts,
    lastError: body.error ?? 'Công cụ đăng bài báo lỗi, không kèm mô tả.',
    nextAttemptAt: final ? null : retryAt(now, backoffSeconds, attempts),
    leaseOwner: null,
    leaseUntil: null,
  });
  return recorded || 'lost';
};

/**
 * Records a worker's result. While a post is leased, only its holder's ack counts (the lease
 * token from the claim, else the caller's owner name): a worker whose lease ran out and passed
 * to another changes nothing, so the new holder's lease stands.
 */
export const ackPost = async (
  strapi: Core.Strapi,
  postDocumentId: string,
  body: AckBody,
  now: Date,
  owner?: string
) => {
  const post = await posts(strapi).findOne({ where: { documentId: postDocumentId } });
  if (!post) {
    throw new errors.NotFoundError(`Không có bài đăng "${postDocumentId}" trong hàng đợi.`);
  }
  if (ackCameTooLate(post, body, owner)) {
    return lostAck(strapi, post, body, owner);
  }
  const outcome =
    body.status === 'posted'
      ? await recordPosted(strapi, post, body, now)
      : await recordFailed(strapi, post, body, now);
  if (outcome === 'lost') {
    return lostAck(strapi, post, body, owner);
  }
  if (typeof outcome === 'string') {
    return { changed: false, message: outcome, item: publicPost(post) };
  }
  return {
    changed: true,
    message: 'Đã ghi nhận.',
    item: await posts<Row>(strapi).findOne({ where: { id: post.id }, select: PUBLIC_FIELDS }),
  };
};
