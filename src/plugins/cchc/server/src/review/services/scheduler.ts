import type { Core, UID } from '@strapi/strapi';
import { messageOf } from '../../core/error-message';
import { JOB_UID, REVIEW_FIELDS } from '../../core/constants';
import { getService } from '../../core/get-service';
import { finishClaim, JOB_STATUSES, retryAt, type Claim } from '../../core/jobs/leases';
import type { JobKind, Outcome } from '../../core/jobs/kind';
import { ownerFieldOf, pluginConfig } from '../../core/plugin-config';
import { rowsOf } from '../../core/rows';
import { contentTypeUid } from '../../core/schemas';
import { publishingDocuments } from '../publishing';
import { stageOf, STAGE_LABELS } from '../stages';

const SCHEDULED_ACTIONS = ['publish', 'unpublish'] as const;
export type ScheduledAction = (typeof SCHEDULED_ACTIONS)[number];
export type JobStatus = 'pending' | 'waiting' | 'running' | 'done' | 'failed' | 'cancelled';

/** The draft attribute whose time each kind of job carries out. */
const FIELD_OF: Record<ScheduledAction, string> = {
  publish: REVIEW_FIELDS.publishAt,
  unpublish: REVIEW_FIELDS.unpublishAt,
};
/** Jobs a change of the document's schedule replaces. */
const OPEN: JobStatus[] = ['pending', 'waiting', 'failed'];

export interface Job {
  id: number;
  kind: ScheduledAction;
  contentType: string;
  targetDocumentId: string;
  dueAt: string;
  status: JobStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  lockedBy: string | null;
  lockedUntil: string | null;
  finishedAt: string | null;
}

export const SCHEDULED_JOBS = 'scheduled-jobs';

/** Publishing is due but the document is not approved: the job waits for the approval. */
class NotApprovedError extends Error {}
/** Another node took the job over after this node's lease ran out. */
class LostLeaseError extends Error {}

/**
 * Publishes and unpublishes at the times set on documents, exactly once however many nodes
 * run it: the job runner claims each due job with one conditional UPDATE (the database decides
 * who wins), and the job is marked done in the same transaction as the publish, so a node that
 * dies midway leaves it to be taken over when its lease ends. Failures are retried with
 * exponential backoff.
 */
const schedulerService = ({ strapi }: { strapi: Core.Strapi }) => {
  const jobs = () => rowsOf<Job>(strapi, JOB_UID);
  const settings = () => pluginConfig(strapi).scheduler;

  return {
    /** The id this node's claims carry (the job runner's). */
    get nodeId() {
      return getService(strapi, 'jobs').nodeId;
    },

    /** Brings the document's jobs in line with its draft's `publishAt` / `unpublishAt`. */
    async sync(uid: UID.ContentType, documentId: string) {
      const review = getService(strapi, 'review');
      const row = await review.current(uid, documentId);
      const ownerField = ownerFieldOf(strapi, uid);
      const owner = (ownerField ? row?.[ownerField] : null) as
        { id?: number; name?: string } | null | undefined;
      // one read for both kinds: this runs in every write of a reviewed type
      const openJobs = await jobs().findMany({
        where: { contentType: uid, targetDocumentId: documentId, status: { $in: OPEN } },
        orderBy: { id: 'asc' },
      });
      for (const kind of SCHEDULED_ACTIONS) {
        const value = row?.[FIELD_OF[kind]];
        const where = { contentType: uid, targetDocumentId: documentId, kind };
        const open = openJobs.find((job) => job.kind === kind);
        if (!value) {
          if (open) {
            await jobs().updateMany({
              where: { ...where, status: { $in: OPEN } },
              data: { status: 'cancelled', finishedAt: new Date() },
            });
          }
          continue;
        }
        const dueAt = new Date(value as string);
        const unchanged = open && new Date(open.dueAt).getTime() === dueAt.getTime();
        if (unchanged && open.status !== 'failed') {
          continue;
        }
        const data = {
          dueAt,
          status: 'pending',
          attempts: 0,
          nextAttemptAt: null,
          lastError: null,
          summary: String(row?.title ?? row?.name ?? '').slice(0, 300),
          unit: owner?.id ?? null,
          unitName: owner?.name ?? null,
        };
        if (open) {
          await jobs().update({ where: { id: open.id }, data });
        } else {
          await jobs().create({ data: { ...where, ...data } });
        }
      }
    },

    /** An approval lets publish jobs that waited for it run at the next tick. */
    async release(uid: string, documentId: string) {
      await jobs().updateMany({
        where: {
          contentType: uid,
          targetDocumentId: documentId,
          kind: 'publish',
          status: 'waiting',
        },
        data: { status: 'pending', nextAttemptAt: null },
      });
    },

    async jobsOf(uid: string, documentId: string) {
      return jobs().findMany({
        where: { contentType: uid, targetDocumentId: documentId },
        orderBy: [{ dueAt: 'desc' }, { id: 'desc' }],
        limit: 10,
      });
    },

    /** The scheduler's pass alone (the job runner's tick runs it with the other kinds). */
    tick(now: Date = new Date()) {
      return getService(strapi, 'jobs').run(SCHEDULED_JOBS, now);
    },

    /** Scheduled jobs as a kind of the job runner. */
    jobKind(): JobKind<Job> {
      return {
        name: SCHEDULED_JOBS,
        uid: JOB_UID,
        statuses: JOB_STATUSES,
        batchSize: () => settings().batchSize,
        leaseMs: () => settings().leaseSeconds * 1000,
        // the completion is written in the publish's transaction
        renewWhileRunning: false,
        dueWhen: (now) => ({ dueAt: { $lte: now } }),
        orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
        dueSinceField: 'dueAt',
        retention: {
          finished: ['done', 'failed', 'cancelled'],
          timeFields: ['dueAt', 'finishedAt', 'nextAttemptAt'],
        },
        handle: (job, now, claim) => this.run(job, now, claim),
      };
    },

    /** Marks the job done in the publish's transaction, so both happen or neither. */
    async run(job: Job, now: Date, claim: Claim): Promise<Outcome> {
      try {
        await strapi.db.transaction(async () => {
          const data = { status: 'done', finishedAt: new Date(), lastError: null };
          if (
            !(await finishClaim(
              strapi,
              jobs(),
              claim,
              JOB_STATUSES,
              data,
              `Scheduled job ${job.id}`
            ))
          ) {
            throw new LostLeaseError();
          }
          await this.perform(job);
        });
        return 'done';
      } catch (error) {
        if (error instanceof LostLeaseError) {
          return 'lost';
        }
        return this.fail(job, now, claim, error);
      }
    },

    async perform(job: Job) {
      // jobs are written for reviewed types only
      const uid = contentTypeUid(strapi, job.contentType);
      const documentId = job.targetDocumentId;
      const review = getService(strapi, 'review');
      if (job.kind === 'unpublish') {
        if (await review.isPublished(uid, documentId)) {
          await publishingDocuments(strapi, uid).unpublish({ documentId });
        }
        return;
      }
      const row = await review.current(uid, documentId);
      if (!row) {
        return; // deleted since: nothing to publish
      }
      if (stageOf(row) !== 'approved') {
        throw new NotApprovedError(
          `Đã đến giờ nhưng nội dung chưa được duyệt (đang ở bước «${STAGE_LABELS[stageOf(row)]}»); sẽ xuất bản ngay khi được duyệt.`
        );
      }
      await publishingDocuments(strapi, uid).publish({ documentId });
    },

    async fail(job: Job, now: Date, claim: Claim, error: unknown): Promise<Outcome> {
      const waiting = error instanceof NotApprovedError;
      const attempts = waiting ? job.attempts : job.attempts + 1;
      const { maxAttempts, backoffSeconds } = settings();
      const failed = !waiting && attempts >= maxAttempts;
      const recorded = await finishClaim(
        strapi,
        jobs(),
        claim,
        JOB_STATUSES,
        {
          status: waiting ? 'waiting' : failed ? 'failed' : 'pending',
          attempts,
          lastError: messageOf(error).slice(0, 2000),
          nextAttemptAt: waiting || failed ? null : retryAt(now, backoffSeconds, attempts),
        },
        `Scheduled job ${job.id}`
      );
      if (!recorded) {
        return 'lost';
      }
      if (!waiting) {
        strapi.log.warn(
          `Scheduled ${job.kind} of ${job.contentType} ${job.targetDocumentId} failed (attempt ${attempts}/${maxAttempts}): ${messageOf(error)}`
        );
      }
      return waiting ? 'waiting' : failed ? 'failed' : 'retrying';
    },
  };
};

export default schedulerService;
export type SchedulerService = ReturnType<typeof schedulerService>;
