import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash, randomUUID } from 'node:crypto';
import type { Core, UID } from '@strapi/strapi';
import { SPEECH_JOB_UID } from '../constants';
import { claimRow, dueOrAbandoned, retryAt } from '../utils/leased-jobs';
import { pluginConfig } from '../utils/plugin-config';
import { providerFor } from '../utils/speech-providers';
import { toSlug } from './slug';

interface Job {
  id: number;
  contentType: string;
  targetDocumentId: string;
  textHash: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  attempts: number;
}

const LEASE_MS = 10 * 60 * 1000;
const LEASE = { waiting: 'queued', running: 'running' };
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Spoken audio of published broadcast scripts, made in the background: publishing a script whose
 * text (or voice settings) changed queues a job; a worker on any node claims it, has the configured
 * voice read the text, stores the MP3 in the media library and attaches it to the script.
 */
const speechService = ({ strapi }: { strapi: Core.Strapi }) => {
  const nodeId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const jobs = () => strapi.db.query(SPEECH_JOB_UID);
  const settings = () => pluginConfig(strapi).speech;
  let working = false;

  return {
    hashOf(text: string) {
      const { provider, wordsPerMinute, espeak, http } = settings();
      const voice = provider === 'http' ? http.voice : espeak.voice;
      return createHash('sha256')
        .update(JSON.stringify([text, provider, voice, wordsPerMinute]))
        .digest('hex');
    },

    async published(uid: UID.ContentType, documentId: string) {
      return (await strapi.db.query(uid).findOne({
        where: { documentId, publishedAt: { $notNull: true } },
        select: ['id', 'title', 'slug', 'script'],
        populate: { unit: { select: ['id'] } },
      })) as {
        title: string;
        slug: string | null;
        script: string | null;
        unit: { id: number } | null;
      } | null;
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
      const latest = (await jobs().findOne({
        where: { contentType: uid, targetDocumentId: documentId, status: { $ne: 'failed' } },
        orderBy: { id: 'desc' },
      })) as Job | null;
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
          status: 'queued',
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

    /** Runs the due jobs this node can claim. Never throws. */
    async work(now: Date = new Date()) {
      if (working) {
        return 0;
      }
      working = true;
      let done = 0;
      try {
        const due = (await jobs().findMany({
          where: dueOrAbandoned(now, LEASE),
          orderBy: [{ id: 'asc' }],
          limit: 10,
        })) as Job[];
        for (const job of due) {
          const until = new Date(now.getTime() + LEASE_MS);
          if (await claimRow(jobs(), job.id, now, LEASE, nodeId, until)) {
            await this.run(job, now);
            done += 1;
          }
        }
      } catch (error) {
        strapi.log.error(`Speech jobs failed to run; the next tick retries: ${messageOf(error)}`);
      } finally {
        working = false;
      }
      return done;
    },

    async run(job: Job, now: Date) {
      const uid = job.contentType as UID.ContentType;
      const provider = providerFor(settings());
      try {
        const row = await this.published(uid, job.targetDocumentId);
        if (!row?.script?.trim()) {
          throw new Error('Kịch bản không còn được xuất bản hoặc không có nội dung.');
        }
        const speech = await provider.synthesize(row.script);
        const name = `${toSlug(row.title ?? '') || 'chuong-trinh'}${speech.ext}`;
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-speech-'));
        const filepath = path.join(dir, name);
        fs.writeFileSync(filepath, speech.audio);
        const [file] = (await strapi
          .plugin('upload')
          .service('upload')
          .upload({
            data: {
              fileInfo: { name, alternativeText: `Âm thanh đọc: ${row.title ?? ''}`.slice(0, 250) },
            },
            files: {
              filepath,
              originalFilename: name,
              mimetype: speech.mime,
              size: speech.audio.length,
            },
          })) as Array<{ id: number }>;
        fs.rmSync(dir, { recursive: true, force: true });
        const rows = (await strapi.db
          .query(uid)
          .findMany({ where: { documentId: job.targetDocumentId }, select: ['id'] })) as Array<{
          id: number;
        }>;
        for (const { id } of rows) {
          await strapi.db.query(uid).update({ where: { id }, data: { audio: file.id } });
        }
        await jobs().update({
          where: { id: job.id },
          data: {
            status: 'done',
            provider: provider.name,
            audio: file.id,
            durationSeconds: speech.seconds ?? null,
            attempts: job.attempts + 1,
            lastError: null,
            lockedUntil: null,
            finishedAt: new Date(),
          },
        });
      } catch (error) {
        const attempts = job.attempts + 1;
        const { maxAttempts, backoffSeconds } = settings();
        const final = attempts >= maxAttempts;
        await jobs().update({
          where: { id: job.id },
          data: {
            status: final ? 'failed' : 'queued',
            attempts,
            lastError: `${provider.name}: ${messageOf(error)}`.slice(0, 2000),
            nextAttemptAt: final ? null : retryAt(now, backoffSeconds, attempts),
            lockedUntil: null,
          },
        });
        strapi.log.warn(
          `Speech for ${uid} ${job.targetDocumentId} failed (attempt ${attempts}): ${messageOf(error)}`
        );
      }
    },

    async jobsOf(uid: string, documentId: string) {
      return jobs().findMany({
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
