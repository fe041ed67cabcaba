import { z } from 'zod';
import type { Claim } from '../core/jobs/leases';

const documentId = z.string().regex(/^[a-z0-9]{10,64}$/, 'a documentId');

export const claimBodySchema = z.strictObject({
  channel: documentId,
  max: z.number().int().min(1).max(50).default(10),
});
export const ackBodySchema = z.strictObject({
  status: z.enum(['posted', 'failed']),
  externalId: z.string().max(255).optional(),
  error: z.string().max(2000).optional(),
  /** from the claim: an ack whose lease passed to another worker is not recorded */
  leaseToken: z.string().max(64).optional(),
});
export const listQuerySchema = z.strictObject({
  channel: documentId.optional(),
  status: z.enum(['pending', 'leased', 'posted', 'failed', 'cancelled']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export type Row = Record<string, unknown>;
/** A stored post; a type rather than an interface, so that it is also a `Row`. */
export type Post = {
  id: number;
  documentId: string;
  status: string;
  attempts: number;
  leaseOwner: string | null;
  leaseUntil: string | Date | null;
};

export const LEASE = {
  waiting: 'pending',
  running: 'leased',
  holderField: 'leaseOwner',
  untilField: 'leaseUntil',
};

/** Names one lease of a post: the exact end set when it was claimed. */
export const leaseTokenOf = (until: string | Date) => new Date(until).getTime().toString(36);

/** The fields a worker gets for each item. */
export const PUBLIC_FIELDS = [
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

/** A post as the queue answers it: its public fields only (never its lease holder or dedupe key). */
export const publicPost = (row: Row) =>
  Object.fromEntries(PUBLIC_FIELDS.map((field) => [field, row[field] ?? null]));

/** The lease a post is under, if it is leased: what an ack must match to be recorded. */
export const heldClaim = (post: Post): Claim | null =>
  post.status === 'leased' && post.leaseUntil
    ? { id: post.id, holder: post.leaseOwner ?? '', until: new Date(post.leaseUntil) }
    : null;

export type AckBody = z.infer<typeof ackBodySchema>;

/** An ack from a worker that is not the post's current holder (its lease passed to another). */
export const ackCameTooLate = (post: Post, body: AckBody, owner?: string) => {
  const held = heldClaim(post);
  return Boolean(
    held &&
    ((body.leaseToken && body.leaseToken !== leaseTokenOf(held.until)) ||
      (owner && owner !== held.holder))
  );
};
