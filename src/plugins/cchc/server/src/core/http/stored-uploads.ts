import { GetObjectCommand, type GetObjectCommandOutput } from '@aws-sdk/client-s3';
import type { Core } from '@strapi/strapi';
import type { Readable } from 'node:stream';
import { bucketOf, s3StatusOf } from '../storage/bucket';
import type { HttpContext } from './context';

const FORWARDED = [
  ['ContentType', 'Content-Type'],
  ['ContentLength', 'Content-Length'],
  ['ContentRange', 'Content-Range'],
  ['ETag', 'ETag'],
] as const;

const validDate = (header: string) => {
  const date = header ? new Date(header) : null;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
};

/** Answers `/uploads/…` from the shared bucket, so a file stored through any node is served by all. */
const storedUploads = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (ctx: HttpContext, next: () => Promise<void>) => {
    const bucket = bucketOf(strapi);
    if (!bucket?.servedAt || !ctx.path.startsWith(`${bucket.servedAt}/`)) {
      return next();
    }
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      return next();
    }
    const key = bucket.keyOf(ctx.path);
    if (!key) {
      ctx.status = 404;
      return;
    }
    let object: GetObjectCommandOutput;
    try {
      object = await bucket.client.send(
        new GetObjectCommand({
          Bucket: bucket.name,
          Key: key,
          IfNoneMatch: ctx.get('If-None-Match') || undefined,
          IfModifiedSince: validDate(ctx.get('If-Modified-Since')),
          // one range, as players ask; anything else is answered whole, as HTTP allows
          Range: /^bytes=(\d+-\d*|-\d+)$/.test(ctx.get('Range')) ? ctx.get('Range') : undefined,
        })
      );
    } catch (error) {
      const status = s3StatusOf(error);
      if (status === 304 || status === 404 || status === 412 || status === 416) {
        ctx.status = status === 412 ? 404 : status;
        return;
      }
      strapi.log.error(`Upload ${key} could not be read from the bucket: ${String(error)}`);
      ctx.status = 503;
      ctx.set('Retry-After', '5');
      return;
    }
    for (const [field, header] of FORWARDED) {
      const value = object[field];
      if (value !== undefined) {
        ctx.set(header, String(value));
      }
    }
    if (object.LastModified) {
      ctx.set('Last-Modified', object.LastModified.toUTCString());
    }
    ctx.set('Accept-Ranges', 'bytes');
    ctx.set('Cache-Control', 'public, max-age=60');
    ctx.status = object.ContentRange ? 206 : 200;
    ctx.body = object.Body as Readable;
  };
};

export default storedUploads;
