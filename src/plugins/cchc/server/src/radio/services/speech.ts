import { messageOf } from '../../core/error-message';
import { createHash } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { SPEECH_JOB_UID } from '../../core/constants';
import { rowsOf } from '../../core/rows';
import { finishClaim, JOB_STATUSES, retryAt, type Claim } from '../../core/jobs/leases';
import { worked, type JobKind, type Outcome } from '../../core/jobs/kind';
import { getService } from '../../core/get-service';
import { pluginConfig } from '../../core/plugin-config';
import { providerFor } from '../speech-providers';
import { uploadSpeech } from '../speech-audio-file';

interface Job {
  id: number;
  contentType: string;
  targetDocumentId: string;
  textHash: string;
  status: 'pending' | 'running' | 'done' | 'failed';
  attempts: number;
}

/** What a script's panel shows of one of its jobs. */
interface JobProgress extends Pick<Job, 'id' | 'status' | 'attempts'> {
  provider: string | null;
  lastError: string | null;
  durationSeconds: number | null;
  finishedAt: string | null;
}

/** A script as the speech reads it, once published. */
interface SpokenScript {
  title: string;
  slug: string | null;
  script: string | null;
  unit: { id: number } | null;
}

// renewed while the voice works, so a long synthesis keeps its job
const LEASE_MS = 10 * 60 * 1000;
export const SPEECH_JOBS = 'speech-jobs';

/**
 * Spoken audio of published broadcast scripts, made in the background: publishing a script whose
 * text (or voice settings) changed queues a job; a worker on any node claims it, has the configured
 * voice read the text, stores the MP3 in the media library and attaches it to the script.
 */
const speechService = ({ strapi }: { strapi: Core.Strapi }) => {
  const jobs = <Row = Job>() => rowsOf<Row>(strapi, SPEECH_JOB_UID);
  const settings = () => pluginConfig(strapi).speech;

  return {
    hashOf(text: string) {
      const { provider, wordsPerMinute, espeak, http } = settings();
      const voice = provider === 'http' ? http.voice : espeak.voice;
      return createHash('sha256')
        .update(JSON.stringify([text, provider, voice, wordsPerMinute]))
        .digest('hex');
    },

    async published(uid: string, documentId: string) {
      return rowsOf<SpokenScript>(strapi, uid).findOne({
        where: { documentId, publishedAt: { $notNull: true } },
        select: ['id', 'title', 'slug', 'script'],
        populate: { unit: { select: ['id'] } },
      });
    },

    /** After a publish: a job when the text read aloud is not the one last made (or being made). */
    async enqueue(uid: UID.ContentType, documentId: string) {
      if (!settings().enabled) {
        return null;
      }
      const row = await this.published(uid, documentId);
      if (!row?.script?.trim()) {
        return null;
      }
      const textHash = this.hashOf(row.script);
      const latest = await jobs().findOne({
        where: { contentType: uid, targetDocumentId: documentId, status: { $ne: 'failed' } },
        orderBy: { id: 'desc' },
      });
      if (latest?.textHash === textHash) {
        return null;
      }
      const job = await jobs().create({
        data: {
          contentType: uid,
          targetDocumentId: documentId,
          summary: String(row.title ?? '').slice(0, 300),
          unit: row.unit?.id ?? null,
          textHash,
          provider: providerFor(settings()).name,
          status: JOB_STATUSES.waiting,
          attempts: 0,
        },
      });
      const kick = () => setImmediate(() => void this.work());
      if (strapi.db.inTransaction()) {
        await strapi.db.transaction(async ({ onCommit }) => onCommit(kick));
      } else {
        kick();
      }
      return job;
    },

    /** Runs the jobs due now that this node can claim; how many it ran. Never throws. */
    async work(now?: Date) {
      return worked((await getService(strapi, 'jobs').run(SPEECH_JOBS, now)).outcomes);
    },

    /** Speech jobs as a kind of the job runner. */
    jobKind(): JobKind<Job> {
      return {
        name: SPEECH_JOBS,
        uid: SPEECH_JOB_UID,
        statuses: JOB_STATUSES,
        batchSize: () => 10,
        leaseMs: () => LEASE_MS,
        renewWhileRunning: true,
        retention: {
          finished: ['done', 'failed'],
          timeFields: ['finishedAt', 'nextAttemptAt'],
          // the newest job of a script tells `enqueue` which text its audio reads
          keepReads: ['contentType', 'targetDocumentId'],
          keep: (candidates) => this.newestOf(candidates),
        },
        handle: (job, now, claim) => this.run(job, now, claim),
      };
    },

    /** Among `rows`, those that are the newest job (not failed) of their script: one query. */
    async newestOf(rows: Array<Record<string, unknown>>) {
      const scripts = [...new Set(rows.map((row) => String(row.targetDocumentId)))];
      const alive = await jobs<Pick<Job, 'id' | 'contentType' | 'targetDocumentId'>>().findMany({
        where: { targetDocumentId: { $in: scripts }, status: { $ne: 'failed' } },
        select: ['id', 'contentType', 'targetDocumentId'],
      });
      const newest = new Map<string, number>();
      for (const job of alive) {
        const key = `${job.contentType}:${job.targetDocumentId}`;
        newest.set(key, Math.max(newest.get(key) ?? 0, job.id));
      }
      return new Set(newest.values());
    },

    /** The configured voice reading `text`. */
    async speak(text: string) {
      return providerFor(settings()).synthesize(text);
    },

    async run(job: Job, now: Date, claim: Claim): Promise<Outcome> {
      const uid = job.contentType;
      const provider = providerFor(settings());
      const what = `Speech job ${job.id}`;
      try {
        const row = await this.published(uid, job.targetDocumentId);
        if (!row?.script?.trim()) {
          throw new Error('Kịch bản không còn được xuất bản hoặc không có nội dung.');
        }
        const speech = await this.speak(row.script);
        const file = await uploadSpeech(strapi, row.title, speech);
        const attached = await strapi.db.transaction(async () => {
          const recorded = await finishClaim(
            strapi,
            jobs(),
            claim,
            JOB_STATUSES,
            {
              status: 'done',
              provider: provider.name,
              durationSeconds: speech.seconds ?? null,
              attempts: job.attempts + 1,
              lastError: null,
              finishedAt: new Date(),
            },
            what
          );
          if (recorded) {
            // a relation, which a conditional updateMany cannot set
            await jobs().update({ where: { id: job.id }, data: { audio: file.id } });
            await this.attach(uid, job.targetDocumentId, file.id);
          }
          return recorded;
        });
        if (!attached) {
          // another node made this job's audio: this copy is nobody's
          await strapi.plugin('upload').service('upload').remove(file);
        }
        return attached ? 'done' : 'lost';
      } catch (error) {
        const attempts = job.attempts + 1;
        const { maxAttempts, backoffSeconds } = settings();
        const final = attempts >= maxAttempts;
        const data = {
          status: final ? 'failed' : JOB_STATUSES.waiting,
          attempts,
          lastError: `${provider.name}: ${messageOf(error)}`.slice(0, 2000),
          nextAttemptAt: final ? null : retryAt(now, backoffSeconds, attempts),
        };
        if (!(await finishClaim(strapi, jobs(), claim, JOB_STATUSES, data, what))) {
          return 'lost';
        }
        strapi.log.warn(
          `Speech for ${uid} ${job.targetDocumentId} failed (attempt ${attempts}): ${messageOf(error)}`
        );
        return final ? 'failed' : 'retrying';
      }
    },

    async attach(uid: string, documentId: string, fileId: number) {
      const scripts = rowsOf<{ id: number }>(strapi, uid);
      const rows = await scripts.findMany({ where: { documentId }, select: ['id'] });
      for (const { id } of rows) {
        await scripts.update({ where: { id }, data: { audio: fileId } });
      }
    },

    async jobsOf(uid: string, documentId: string) {
      return jobs<JobProgress>().findMany({
        where: { contentType: uid, targetDocumentId: documentId },
        orderBy: { id: 'desc' },
        limit: 5,
        select: [
          'id',
          'status',
          'provider',
          'attempts',
          'lastError',
          'durationSeconds',
          'finishedAt',
        ],
      });
    },
  };
};

export default speechService;
export type SpeechService = ReturnType<typeof speechService>;
