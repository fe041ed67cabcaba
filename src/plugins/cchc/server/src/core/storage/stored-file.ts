import fs from 'node:fs';
import path from 'node:path';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import type { Core } from '@strapi/strapi';
import { bucketOf, s3StatusOf } from './bucket';

/**
 * The bytes of a file of the media library by its URL, wherever it is kept (this node's disk or
 * the shared bucket); null when it is not ours or no longer there.
 */
export const readStoredFile = async (strapi: Core.Strapi, url: string): Promise<Buffer | null> => {
  const bucket = bucketOf(strapi);
  const key = bucket?.keyOf(url);
  if (bucket && key) {
    try {
      const object = await bucket.client.send(
        new GetObjectCommand({ Bucket: bucket.name, Key: key })
      );
      return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
    } catch (error) {
      if (s3StatusOf(error) === 404) {
        return null;
      }
      throw error;
    }
  }
  const publicDir = strapi.dirs.static.public;
  const local = url.startsWith('/') ? path.join(publicDir, url) : null;
  if (!local || !local.startsWith(publicDir + path.sep) || !fs.existsSync(local)) {
    return null;
  }
  return fs.promises.readFile(local);
};
