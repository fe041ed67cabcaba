import type { Core, UID } from '@strapi/strapi';
import { messageOf } from '../../core/error-message';
import { JOB_UID, REVIEW_FIELDS } from '../../core/constants';
import { getService } from '../../core/get-service';
import {
  claimRow,
  dueOrAbandoned,
  finishClaim,
  leaseClock,
  newNodeId,
  releaseHeld,
  retryAt,
  workInFlight,
  type Claim,
} from '../../core/leased-jobs';
import { ownerFieldOf, pluginConfig } from '../../core/plugin-config';
import { publishingDocuments } from '../publishing';
import { stageOf, STAGE_LABELS } from './review';

export type JobKind = 'publish' | 'unpublish';
export type JobStatus = 'pending' | 'waiting' | 'running' | 'done' | 'failed' | 'cancelled';

/** The draft attribute whose time each kind of job carries out. */
const FIELD_OF: Record<JobKind, string> = {
  publish: REVIEW_FIELDS.publishAt,
  unpublish: REVIEW_FIELDS.unpublishAt,
};
/** Jobs a change of the document's schedule replaces. */
const OPEN: JobStatus[] = ['pending', 'waiting', 'failed'];
const LEASE = { waiting: 'pending', running: 'running' };

export interface Job {
  id: number;
  kind: JobKind;
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

export type TickOutcome = 'done' | 'retrying' | 'waiting' | 'failed' | 'lost';

/** Publishing is due but the document is not approved: the job waits for the approval. */
class NotApprovedError extends Error {}
/** Another node took the job over after this node's lease ran out. */
class LostLeaseError extends Error {}

/**
 * Publishes and unpublishes at the times set on documents, exactly once however many nodes
 * run it: each due job is claimed by one conditional UPDATE (the database decides who wins),
 * and marked done in the same transaction as the publish, so a node that dies midway leaves
 * the job to be taken over when its lease ends. Failures are retried with exponential backoff.
 */
const schedulerService = ({ strapi }: { strapi: Core.Strapi }) => {
  const nodeId = newNodeId();
  const jobs = () => strapi.db.query(JOB_UID);
  const settings = () => pluginConfig(strapi).scheduler;
  const inFlight = workInFlight();
  let ticking = false;

  return {
    nodeId,

    /** Brings the document's jobs in line with its draft's `publishAt` / `unpublishAt`. */
    async sync(uid: UID.ContentType, documentId: string) {
      const review = getService(strapi, 'review');
      const row = await review.current(uid, documentId);
      const ownerField = ownerFieldOf(strapi, uid);
      const owner = (ownerField ? row?.[ownerField] : null) as
        { id?: number; name?: string } | null | undefined;
      for (const kind of Object.keys(FIELD_OF) as JobKind[]) {
        const value = row?.[FIELD_OF[kind]];
        const where = { contentType: uid, targetDocumentId: documentId, kind };
        const open = (await jobs().findOne({
          where: { ...where, status: { $in: OPEN } },
        })) as Job | null;
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
      return (await jobs().findMany({
        where: { contentType: uid, targetDocumentId: documentId },
        orderBy: [{ dueAt: 'desc' }, { id: 'desc' }],
        limit: 10,
      })) as Job[];
    },

    /**
     * One pass over the due jobs at `now` (the cron passes the clock; tests pass their own).
     * Never throws: a failing database is logged and the next tick tries again.
     */
    async tick(now: Date = new Date()) {
      const outcomes: Record<TickOutcome, number> = {
        done: 0,
        retrying: 0,
        waiting: 0,
        failed: 0,
        lost: 0,
      };
      if (ticking || inFlight.stopped) {
        return { outcomes, busy: true };
      }
      ticking = true;
      return inFlight.track(this.pass(now, outcomes)).finally(() => {
        ticking = false;
      });
    },

    async pass(now: Date, outcomes: Record<TickOutcome, number>) {
      try {
        const due = (await jobs().findMany({
          where: dueOrAbandoned(now, await leaseClock(strapi), LEASE, { dueAt: { $lte: now } }),
          orderBy: [{ dueAt: 'asc' }, { id: 'asc' }],
          limit: settings().batchSize,
        })) as Job[];
        for (const job of due) {
          if (inFlight.stopped) {
            break;
          }
          const claim = await this.claim(job, now);
          outcomes[claim ? await this.run(job, now, claim) : 'lost'] += 1;
        }
        // webhook retries and speech jobs ride on the same clock
        await getService(strapi, 'webhooks').dispatch(now);
        await getService(strapi, 'speech').work(now);
        const reminders = getService(strapi, 'report-reminders');
        await reminders.plan(now);
        await reminders.work(now);
        return { outcomes, busy: false };
      } catch (error) {
        strapi.log.error(`Scheduler tick failed; the next tick retries: ${messageOf(error)}`);
        return { outcomes, busy: false, error: messageOf(error) };
      }
    },

    /** Takes the job for this node, unless another node has it (or took it first). */
    async claim(job: Job, now: Date) {
      const leaseMs = settings().leaseSeconds * 1000;
      return claimRow(strapi, jobs(), job.id, now, LEASE, nodeId, leaseMs, {
        dueAt: { $lte: now },
      });
    },

    /** Marks the job done in the publish's transaction, so both happen or neither. */
    async run(job: Job, now: Date, claim: Claim): Promise<TickOutcome> {
      try {
        await strapi.db.transaction(async () => {
          const data = { status: 'done', finishedAt: new Date(), lastError: null };
          if (!(await finishClaim(strapi, jobs(), claim, LEASE, data, `Scheduled job ${job.id}`))) {
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
      const uid = job.contentType as UID.ContentType;
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

    async fail(job: Job, now: Date, claim: Claim, error: unknown): Promise<TickOutcome> {
      const waiting = error instanceof NotApprovedError;
      const attempts = waiting ? job.attempts : job.attempts + 1;
      const { maxAttempts, backoffSeconds } = settings();
      const failed = !waiting && attempts >= maxAttempts;
      const recorded = await finishClaim(
        strapi,
        jobs(),
        claim,
        LEASE,
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

    /** Runs `tick` on Strapi's cron every period; every node does, the claims keep it to one. */
    start() {
      const { enabled, periodSeconds } = settings();
      if (!enabled) {
        return;
      }
      const rule = periodSeconds === 60 ? '0 * * * * *' : `*/${periodSeconds} * * * * *`;
      strapi.cron.add({ 'cchc-scheduler': { task: () => this.tick(), options: { rule } } });
    },

    /** Shutdown: no more ticks, a short wait for the one in flight, then its jobs given back. */
    async stop() {
      if (settings().enabled) {
        strapi.cron.remove('cchc-scheduler');
      }
      await inFlight.stop();
      return releaseHeld(jobs(), LEASE, nodeId);
    },
  };
};

export default schedulerService;
export type SchedulerService = ReturnType<typeof schedulerService>;
