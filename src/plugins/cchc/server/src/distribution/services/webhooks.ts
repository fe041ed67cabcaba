import http from 'node:http';
import { messageOf } from '../../core/error-message';
import https from 'node:https';
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { DELIVERY_UID, REVIEW_EVENTS, SUBSCRIPTION_UID } from '../../core/constants';
import { getService } from '../../core/get-service';
import { finishClaim, JOB_STATUSES, retryAt, type Claim } from '../../core/jobs/leases';
import { worked, type JobKind, type Outcome } from '../../core/jobs/kind';
import { ownerFieldOf, pluginConfig } from '../../core/plugin-config';
import { findCurrentRow } from '../../core/current-row';
import { rowsOf } from '../../core/rows';
import { BlockedTargetError, checkTarget, guardedLookup } from '../public-target';
import { reviewedTypeNameOf } from '../../core/reviewed-types';

/** What a subscriber may listen to. `entry.update` is an edit of content that is on the sites. */
export const SUBSCRIBABLE_EVENTS = [
  'entry.publish',
  'entry.unpublish',
  'entry.update',
  ...Object.values(REVIEW_EVENTS),
];

const MIN_SECRET_LENGTH = 16;
export const WEBHOOK_DELIVERIES = 'webhook-deliveries';

type Row = Record<string, unknown>;
interface Subscription {
  id: number;
  name: string;
  url: string;
  secret: string;
  events: string[];
  active: boolean;
}
interface Delivery {
  id: number;
  deliveryId: string;
  event: string;
  payload: Row;
  attempts: number;
  subscription: Subscription | null;
}

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null;

/** HMAC-SHA256 of the raw body, as sent in `X-CCHC-Signature`. */
export const signatureOf = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

/**
 * Signed webhooks: subscribers managed in the admin receive JSON POSTs signed with their secret.
 * Deliveries are written in the transaction of the change they report (an outbox), sent right
 * after it commits, and retried with exponential backoff by the job runner on any node, which
 * claims a delivery before it is sent. Targets inside private networks are refused.
 */
const webhooksService = ({ strapi }: { strapi: Core.Strapi }) => {
  const deliveries = () => rowsOf<Delivery>(strapi, DELIVERY_UID);
  const subscriptions = <Shape = Subscription>() => rowsOf<Shape>(strapi, SUBSCRIPTION_UID);
  const settings = () => pluginConfig(strapi).webhooks;
  // well beyond one request's timeout, and renewed while a request runs
  const leaseMs = () => Math.max(settings().timeoutMs * 3, 30_000);

  return {
    /** Checks and completes a subscription before it is stored. */
    async prepare(data: Row, creating: boolean) {
      if ('events' in data) {
        const events = data.events;
        const unknown = Array.isArray(events)
          ? events.filter((e) => typeof e !== 'string' || !SUBSCRIBABLE_EVENTS.includes(e))
          : null;
        if (!Array.isArray(events) || events.length === 0 || (unknown && unknown.length > 0)) {
          throw new errors.ValidationError(
            `"events" phải là danh sách lấy trong: ${SUBSCRIBABLE_EVENTS.join(', ')}${unknown?.length ? ` (không có: ${unknown.join(', ')})` : ''}.`
          );
        }
      }
      if (typeof data.url === 'string') {
        await this.checkUrl(data.url);
      }
      if (creating && !data.secret) {
        data.secret = randomBytes(24).toString('hex');
      }
      if (typeof data.secret === 'string' && data.secret.length < MIN_SECRET_LENGTH) {
        throw new errors.ValidationError(`Khóa bí mật cần ít nhất ${MIN_SECRET_LENGTH} ký tự.`);
      }
    },

    /** Refuses (400) a target outside the public internet that the allowlist does not name. */
    async checkUrl(url: string) {
      try {
        await checkTarget(url, settings().allowedHosts);
      } catch (error) {
        if (error instanceof BlockedTargetError) {
          throw new errors.ValidationError(error.message);
        }
        throw error;
      }
    },

    /** Checks the target a stored subscription holds, e.g. before it is copied. */
    async checkStoredTarget(documentId: string) {
      const stored = await subscriptions<Pick<Subscription, 'url'>>().findOne({
        where: { documentId },
        select: ['url'],
      });
      if (typeof stored?.url === 'string') {
        await this.checkUrl(stored.url);
      }
    },

    /** Writes one delivery per active subscriber of the event, in the caller's transaction. */
    async record(event: string, uid: UID.ContentType, row: Row, extra: Row = {}) {
      const subscribers = (await subscriptions().findMany({ where: { active: true } })).filter(
        (s) => Array.isArray(s.events) && s.events.includes(event)
      );
      if (subscribers.length === 0) {
        return;
      }
      const entry = this.entryOf(uid, row);
      for (const subscription of subscribers) {
        const deliveryId = randomUUID();
        await deliveries().create({
          data: {
            subscription: subscription.id,
            subscriptionName: subscription.name,
            deliveryId,
            event,
            payload: {
              event,
              deliveryId,
              createdAt: new Date().toISOString(),
              uid,
              model: strapi.contentTypes[uid]?.modelName,
              documentId: row.documentId,
              ...extra,
              entry,
            },
            status: 'pending',
            attempts: 0,
          },
        });
      }
      // send right after the change commits; the tick picks up what this misses
      const transaction = strapi.db.inTransaction();
      const kick = () => setImmediate(() => void this.dispatch());
      if (transaction) {
        await strapi.db.transaction(async ({ onCommit }) => onCommit(kick));
      } else {
        kick();
      }
    },

    /** Writes the deliveries of an event about the document as it is now, with its owner. */
    async recordEntry(event: string, uid: UID.ContentType, documentId: string) {
      const owner = ownerFieldOf(strapi, uid);
      const row = await findCurrentRow(strapi, uid, documentId, {
        populate: {
          ...(owner && { [owner]: { select: ['documentId', 'name', 'slug', 'itemUrlPattern'] } }),
        },
      });
      if (row) {
        await this.record(event, uid, row);
      }
    },

    entryOf(uid: UID.ContentType, row: Row) {
      const ownerField = ownerFieldOf(strapi, uid);
      const unit = ownerField ? row[ownerField] : null;
      const type = reviewedTypeNameOf(strapi, uid);
      return {
        id: row.id,
        documentId: row.documentId,
        title: row.title ?? row.name ?? null,
        slug: row.slug ?? null,
        unit: isRow(unit) ? { documentId: unit.documentId, name: unit.name } : null,
        publishedAt: row.publishedAt ?? null,
        reviewStage: row.reviewStage ?? null,
        url: type ? getService(strapi, 'feeds').itemUrl(type, row, null) : null,
      };
    },

    /** Sends what is due now (new deliveries, retries whose time has come); how many were tried. */
    async dispatch(now?: Date) {
      return worked((await getService(strapi, 'jobs').run(WEBHOOK_DELIVERIES, now)).outcomes);
    },

    /** Webhook deliveries as a kind of the job runner. */
    jobKind(): JobKind<Delivery> {
      return {
        name: WEBHOOK_DELIVERIES,
        uid: DELIVERY_UID,
        statuses: JOB_STATUSES,
        batchSize: () => 50,
        leaseMs,
        renewWhileRunning: true,
        populate: { subscription: true },
        retention: {
          finished: ['delivered', 'failed'],
          timeFields: ['deliveredAt', 'nextAttemptAt'],
        },
        handle: (delivery, now, claim) => this.send(delivery, now, claim),
      };
    },

    /** Sends one claimed delivery and records the outcome. */
    async send(delivery: Delivery, now: Date, claim: Claim): Promise<Outcome> {
      const subscription = delivery.subscription;
      let statusCode: number | null = null;
      let failure: string | null = null;
      if (!subscription || !subscription.active) {
        failure = 'Webhook đã bị xóa hoặc tắt.';
      } else {
        try {
          statusCode = await this.post(subscription, delivery);
          if (statusCode >= 300 && statusCode < 400) {
            failure = `HTTP ${statusCode}: không theo chuyển hướng.`;
          } else if (statusCode < 200 || statusCode >= 300) {
            failure = `HTTP ${statusCode}`;
          }
        } catch (error) {
          failure = messageOf(error);
        }
      }
      const attempts = delivery.attempts + 1;
      const { maxAttempts, backoffSeconds } = settings();
      const final = failure !== null && (attempts >= maxAttempts || !subscription?.active);
      const recorded = await finishClaim(
        strapi,
        deliveries(),
        claim,
        JOB_STATUSES,
        {
          attempts,
          lastStatusCode: statusCode,
          lastError: failure,
          status: failure === null ? 'delivered' : final ? 'failed' : 'pending',
          deliveredAt: failure === null ? new Date() : null,
          nextAttemptAt: failure === null || final ? null : retryAt(now, backoffSeconds, attempts),
        },
        `Webhook delivery ${delivery.deliveryId}`
      );
      return !recorded ? 'lost' : failure === null ? 'done' : final ? 'failed' : 'retrying';
    },

    /** One signed POST; no redirects followed, the connected address checked. */
    async post(subscription: Subscription, delivery: Delivery): Promise<number> {
      const body = JSON.stringify(delivery.payload);
      const { allowedHosts, timeoutMs } = settings();
      // before any connection: a literal IP never goes through `lookup`
      const url = await checkTarget(subscription.url, allowedHosts);
      const client = url.protocol === 'https:' ? https : http;
      return new Promise((resolve, reject) => {
        const request = client.request(
          url,
          {
            method: 'POST',
            lookup: guardedLookup(allowedHosts),
            timeout: timeoutMs,
            headers: {
              'Content-Type': 'application/json; charset=utf-8',
              'Content-Length': Buffer.byteLength(body),
              'User-Agent': 'cchc-webhooks/1',
              'X-CCHC-Event': delivery.event,
              'X-CCHC-Delivery': delivery.deliveryId,
              'X-CCHC-Signature': signatureOf(subscription.secret, body),
            },
          },
          (response) => {
            response.resume();
            response.on('end', () => resolve(response.statusCode ?? 0));
          }
        );
        request.on('timeout', () =>
          request.destroy(new Error(`Quá ${timeoutMs} ms không trả lời.`))
        );
        request.on('error', reject);
        request.end(body);
      });
    },
  };
};

export default webhooksService;
export type WebhooksService = ReturnType<typeof webhooksService>;
