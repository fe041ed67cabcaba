import fs from 'node:fs';
import path from 'node:path';
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { http, superAdminToken } from './helpers/http';
import { listen, send } from './helpers/real-client';
import { PNG_A, PNG_B, storedFile, uploadAs } from './helpers/media';
import { startSecondNode, type SecondNode } from './helpers/second-node-client';
import { startS3Server } from './helpers/s3-server';
import { uploadSpeech } from '../src/plugins/cchc/server/src/radio/speech-audio-file';
import { readStoredFile } from '../src/plugins/cchc/server/src/core/storage/stored-file';

let s3: Awaited<ReturnType<typeof startS3Server>>;
let bucket: S3Client;
let app: TestApp;
let second: SecondNode;
let baseA: string;
let baseB: string;
let admin: string;
/** The bytes the media library stored (it re-encodes images). */
let stored: Buffer;
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const objectBytes = async (url: string) => {
  const object = await bucket.send(new GetObjectCommand({ Bucket: s3.bucket, Key: keyOf(url) }));
  return Buffer.from(await object.Body!.transformToByteArray());
};

const keyOf = (url: string) => url.replace(/^\/uploads\//, '');
const objectStatus = async (url: string) => {
  try {
    await bucket.send(new HeadObjectCommand({ Bucket: s3.bucket, Key: keyOf(url) }));
    return 200;
  } catch (error) {
    return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
  }
};
const onDisk = (url: string) => fs.existsSync(path.join(app.strapi.dirs.static.public, url));

beforeAll(async () => {
  s3 = await startS3Server();
  bucket = new S3Client({
    endpoint: s3.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  });
  app = await startApp();
  baseA = await listen(app.strapi);
  second = await startSecondNode();
  baseB = await second.listen();
  admin = await superAdminToken(app.strapi);
}, 240_000);

afterAll(async () => {
  await second?.stop();
  await stopApp(app);
  await s3?.stop();
}, 60_000);

describe('uploads kept in an S3-compatible bucket', () => {
  let url: string;
  let id: number;

  test('a file uploaded through one node lands in the bucket, not on its disk, and keeps a /uploads/ address', async () => {
    const res = await uploadAs(app.strapi, admin, 'anh-bia-hoi-nghi.png', PNG_A);
    expect(res.status).toBe(201);
    ({ url, id } = res.body[0] as { url: string; id: number });
    expect(url).toMatch(/^\/uploads\/[A-Za-z0-9_]+\.png$/);
    expect(await objectStatus(url)).toBe(200);
    expect(onDisk(url)).toBe(false);
    stored = await objectBytes(url);
    expect(stored.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(stored.length / 1000).toBeCloseTo((res.body[0] as { size: number }).size, 1);
  });

  test('the other node serves it, with its type, the security headers and validators', async () => {
    const res = await fetch(`${baseB}${url}`);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(stored)).toBe(true);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-length')).toBe(String(stored.length));
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBeTruthy();
    const etag = res.headers.get('etag')!;
    expect(etag).toBeTruthy();
    const again = await fetch(`${baseB}${url}`, { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
    const odd: Array<Record<string, string>> = [
      { 'If-Modified-Since': 'hôm qua' },
      { Range: 'bytes=abc' },
    ];
    for (const nonsense of odd) {
      const whole = await fetch(`${baseB}${url}`, { headers: nonsense });
      expect([nonsense, whole.status]).toEqual([nonsense, 200]);
      expect(Buffer.from(await whole.arrayBuffer()).equals(stored)).toBe(true);
    }
    const head = await fetch(`${baseA}${url}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(stored.length));
  });

  test('a player asking for a range gets that range', async () => {
    const res = await fetch(`${baseB}${url}`, { headers: { Range: 'bytes=0-7' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 0-7/${stored.length}`);
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG_SIGNATURE)).toBe(true);
  });

  test('unknown, traversing or malformed addresses are 404, never a 500 or another object', async () => {
    for (const probe of [
      '/uploads/khong-co.png',
      '/uploads/..%2F..%2Fetc%2Fpasswd',
      '/uploads/%2e%2e/secret',
      '/uploads/',
      '/uploads/%E0%A4%A',
    ]) {
      const res = await send(baseB, probe);
      expect([probe, res.status]).toEqual([probe, 404]);
    }
  });

  test('an SVG is still refused and nothing reaches the bucket', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'
    );
    const res = await http(app.strapi)
      .post('/upload')
      .set('Authorization', `Bearer ${admin}`)
      .attach('files', svg, { filename: 'logo.svg', contentType: 'image/svg+xml' })
      .field('fileInfo', JSON.stringify({ name: 'logo.svg' }));
    expect(res.status).toBe(400);
    expect(
      await app.strapi.db.query('plugin::upload.file').count({ where: { name: 'logo.svg' } })
    ).toBe(0);
  });

  test('replacing a file stores the new bytes; deleting it removes the object and the address', async () => {
    const replaced = await http(app.strapi)
      .post(`/upload?id=${id}`)
      .set('Authorization', `Bearer ${admin}`)
      .attach('files', PNG_B, { filename: 'anh-bia-moi.png', contentType: 'image/png' });
    expect(replaced.status).toBe(200);
    const current = (await storedFile(app.strapi, id))!;
    const served = Buffer.from(await (await fetch(`${baseB}${current.url}`)).arrayBuffer());
    expect(served.equals(await objectBytes(current.url))).toBe(true);
    expect(served.equals(stored)).toBe(false);
    if (current.url !== url) {
      expect(await objectStatus(url)).toBe(404);
    }

    const deleted = await http(app.strapi)
      .delete(`/upload/files/${id}`)
      .set('Authorization', `Bearer ${admin}`);
    expect(deleted.status).toBe(200);
    expect(await objectStatus(current.url)).toBe(404);
    expect((await fetch(`${baseB}${current.url}`)).status).toBe(404);
  });

  test('spoken audio goes to the bucket too, and the rundown package reads it back from there', async () => {
    const audio = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(512, 7)]);
    const file = (await uploadSpeech(app.strapi, 'Bản tin cải cách hành chính', {
      audio,
      ext: '.mp3',
      mime: 'audio/mpeg',
    })) as unknown as { url: string };
    expect(file.url).toMatch(/^\/uploads\/ban_tin_cai_cach_hanh_chinh_[A-Za-z0-9]+\.mp3$/);
    expect(await objectStatus(file.url)).toBe(200);
    expect(onDisk(file.url)).toBe(false);
    expect((await readStoredFile(app.strapi, file.url))!.equals(audio)).toBe(true);
    expect(await readStoredFile(app.strapi, '/uploads/khong-co.mp3')).toBeNull();
  });

  // last: it stops the S3 server
  test('when the bucket does not answer: 503 with Retry-After, and spoken audio leaves no temporary file', async () => {
    const stored = await uploadSpeech(app.strapi, 'Trước sự cố', {
      audio: Buffer.alloc(64, 1),
      ext: '.mp3',
      mime: 'audio/mpeg',
    });
    const url = (stored as unknown as { url: string }).url;
    await s3.stop();
    const res = await send(baseB, url);
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);

    // watches the worker's temporary folder (it calls through to the real one)
    const mkdtemp = jest.spyOn(fs, 'mkdtempSync');
    try {
      await expect(
        uploadSpeech(app.strapi, 'Trong sự cố', {
          audio: Buffer.alloc(64, 2),
          ext: '.mp3',
          mime: 'audio/mpeg',
        })
      ).rejects.toThrow();
      const made = mkdtemp.mock.results.map((result) => String(result.value));
      expect(made).toHaveLength(1);
      expect(fs.existsSync(made[0])).toBe(false);
    } finally {
      mkdtemp.mockRestore();
    }
  });
});
