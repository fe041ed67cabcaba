import http_ from 'node:http';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { UIDS } from '../src/constants';
import { estimateSpoken } from '../src/plugins/cchc/server/src/radio/spoken-vietnamese';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { approve, connect, makeBroadcastScript, makeUnit, type Doc } from './helpers/fixtures';

const JOB = 'plugin::cchc.speech-job';
const SCRIPT = UIDS.broadcastScript;
const TEXT =
  'Kính thưa bà con! UBND xã thông báo: từ ngày 01/12/2022, bà con có thể nộp hồ sơ khai sinh trực tuyến tại nhà. Mọi thắc mắc xin liên hệ bộ phận một cửa.';

interface Job {
  id: number;
  status: string;
  attempts: number;
  lastError: string | null;
  durationSeconds: string | number | null;
  provider: string;
  nextAttemptAt: string | null;
}

let app: TestApp;
let unit: Doc;
let fake: http_.Server;
let fakeUrl: string;
const fakeRequests: Array<{ body: Record<string, unknown>; authorization?: string }> = [];
/** HTTP status the fake voice answers with, in turn; 200 with MP3 once they run out. */
const fakeReplies: number[] = [];
let mp3: Buffer;

/** Seconds of an audio file, read by a real decoder (SoX). */
const durationOf = (file: string) =>
  Number(execFileSync('soxi', ['-D', file], { encoding: 'utf8' }).trim());

const speakMp3 = (text: string) => {
  const wav = execFileSync('espeak-ng', ['-v', 'vi', '--stdout'], { input: text });
  return execFileSync('lame', ['--quiet', '-V', '6', '-', '-'], { input: wav });
};

beforeAll(async () => {
  for (const tool of ['espeak-ng', 'lame', 'soxi']) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`]);
    } catch {
      throw new Error(
        `${tool} is not installed: apt-get install espeak-ng lame sox libsox-fmt-mp3 (see the README).`
      );
    }
  }
  mp3 = speakMp3('Xin chào bà con.');
  fake = http_.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      fakeRequests.push({ body: JSON.parse(raw), authorization: req.headers.authorization });
      const status = fakeReplies.shift() ?? 200;
      if (status !== 200) {
        res.writeHead(status, { 'Content-Type': 'text/plain' });
        res.end('Dịch vụ đang bận');
        return;
      }
      res.writeHead(200, { 'Content-Type': 'audio/mpeg' });
      res.end(mp3);
    });
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}/v1/tts`;
  app = await startApp();
  unit = await makeUnit(app.strapi, { name: 'Xã có đài' });
}, 120000);
afterAll(async () => {
  await stopApp(app);
  fake.close();
});

const speech = () => app.strapi.plugin('cchc').service('speech');
const jobsOf = async (documentId: string) =>
  (await app.strapi.db.query(JOB).findMany({
    where: { targetDocumentId: documentId },
    orderBy: { id: 'asc' },
  })) as Job[];
const settle = async (documentId: string) => {
  const deadline = Date.now() + 60000;
  for (;;) {
    const jobs = await jobsOf(documentId);
    if (
      jobs.length > 0 &&
      jobs.every((j) => j.status !== 'running' && !(j.status === 'pending' && !j.nextAttemptAt))
    ) {
      return jobs;
    }
    if (Date.now() > deadline) {
      throw new Error(`speech job did not finish: ${JSON.stringify(jobs)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
const publish = async (documentId: string) => {
  await approve(app.strapi, SCRIPT, documentId);
  await app.strapi.documents(SCRIPT).publish({ documentId } as never);
};
const audioOf = async (documentId: string) =>
  (
    (await app.strapi.db.query(SCRIPT).findOne({
      where: { documentId, publishedAt: { $notNull: true } },
      populate: { audio: true },
    })) as { audio: { id: number; url: string; mime: string } | null }
  ).audio;
const useProvider = (provider: 'espeak' | 'http') => {
  app.strapi.config.set('plugin::cchc.speech.provider', provider);
  app.strapi.config.set('plugin::cchc.speech.http.url', fakeUrl);
  app.strapi.config.set('plugin::cchc.speech.http.apiKey', 'khoa-thu-nghiem');
};

describe('spoken audio from a published script (espeak-ng)', () => {
  test('publishing queues a background job that attaches a playable MP3 of plausible length', async () => {
    useProvider('espeak');
    const doc = await makeBroadcastScript(app.strapi, {
      title: 'Thông báo khai sinh',
      script: TEXT,
      unit: connect(unit),
    });
    expect(await jobsOf(doc.documentId)).toEqual([]);
    await publish(doc.documentId);
    const [job] = await settle(doc.documentId);
    expect(job).toMatchObject({ status: 'done', attempts: 1, lastError: null });
    expect(job.provider).toContain('espeak-ng');
    const audio = (await audioOf(doc.documentId))!;
    expect(audio.mime).toBe('audio/mpeg');
    const file = path.join(app.strapi.dirs.static.public, audio.url);
    const seconds = durationOf(file);
    const estimate = estimateSpoken(TEXT, 160).seconds;
    expect(seconds).toBeGreaterThan(estimate * 0.4);
    expect(seconds).toBeLessThan(estimate * 2.5);
    expect(Math.abs(Number(job.durationSeconds) - seconds)).toBeLessThan(0.5);
    // the draft carries it too, so the next publish keeps it
    const draft = await app.strapi.db.query(SCRIPT).findOne({
      where: { documentId: doc.documentId, publishedAt: null },
      populate: { audio: true },
    });
    expect(draft.audio.id).toBe(audio.id);
  });

  test('made again when the text changes, not when it is published unchanged', async () => {
    useProvider('espeak');
    const doc = await makeBroadcastScript(app.strapi, { script: TEXT, unit: connect(unit) });
    await publish(doc.documentId);
    await settle(doc.documentId);
    const first = (await audioOf(doc.documentId))!;
    // still approved: published again as it is
    await app.strapi.documents(SCRIPT).publish({ documentId: doc.documentId } as never);
    expect(await jobsOf(doc.documentId)).toHaveLength(1);
    await app.strapi.documents(SCRIPT).update({
      documentId: doc.documentId,
      data: { script: `${TEXT} Xin cảm ơn bà con.` },
    } as never);
    await publish(doc.documentId);
    const jobs = await settle(doc.documentId);
    expect(jobs.map((j) => j.status)).toEqual(['done', 'done']);
    expect((await audioOf(doc.documentId))!.id).not.toBe(first.id);
  });
});

describe('a cloud voice over HTTP', () => {
  test('the provider speaks the documented request and its MP3 is attached', async () => {
    useProvider('http');
    fakeRequests.length = 0;
    const doc = await makeBroadcastScript(app.strapi, { script: TEXT, unit: connect(unit) });
    await publish(doc.documentId);
    const [job] = await settle(doc.documentId);
    expect(job.status).toBe('done');
    expect(job.provider).toContain(fakeUrl);
    expect(fakeRequests).toHaveLength(1);
    expect(fakeRequests[0]).toMatchObject({
      authorization: 'Bearer khoa-thu-nghiem',
      body: { text: TEXT, format: 'mp3', speed: 160 },
    });
    const audio = (await audioOf(doc.documentId))!;
    expect(durationOf(path.join(app.strapi.dirs.static.public, audio.url))).toBeGreaterThan(0.5);
  });

  test('a failing provider leaves a clear status, is retried with backoff, and gives up after the limit', async () => {
    useProvider('http');
    fakeReplies.push(503);
    const doc = await makeBroadcastScript(app.strapi, { script: TEXT, unit: connect(unit) });
    await publish(doc.documentId);
    let [job] = await settle(doc.documentId);
    expect(job).toMatchObject({ status: 'pending', attempts: 1 });
    expect(job.lastError).toContain('HTTP 503');
    expect(await audioOf(doc.documentId)).toBeNull();
    const retryAt = Date.parse(job.nextAttemptAt!);
    expect(await speech().work(new Date(retryAt - 1000))).toBe(0);
    expect(await speech().work(new Date(retryAt))).toBe(1);
    [job] = await jobsOf(doc.documentId);
    expect(job).toMatchObject({ status: 'done', attempts: 2, lastError: null });

    const broken = await makeBroadcastScript(app.strapi, {
      script: `${TEXT} Lần hai.`,
      unit: connect(unit),
    });
    fakeReplies.push(500, 500, 500);
    await publish(broken.documentId);
    [job] = await settle(broken.documentId);
    let at = Date.parse(job.nextAttemptAt!);
    await speech().work(new Date(at));
    [job] = await jobsOf(broken.documentId);
    at = Date.parse(job.nextAttemptAt!);
    await speech().work(new Date(at));
    [job] = await jobsOf(broken.documentId);
    expect(job).toMatchObject({ status: 'failed', attempts: 3 });
    expect(job.lastError).toContain('HTTP 500');
    expect(job.lastError).toContain('Dịch vụ đang bận');
  });
});
