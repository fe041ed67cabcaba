import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { http } from './http';

/** Two different valid 1×1 PNGs: an upload and its replacement. */
export const PNG_A = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64'
);
export const PNG_B = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64'
);

export interface StoredFile {
  id: number;
  name: string;
  url: string;
  hash: string;
  size: number;
}

/** `POST /upload` as an admin would, multipart, optionally into a folder. */
export const uploadAs = async (
  strapi: Core.Strapi,
  token: string,
  name: string,
  bytes: Buffer = PNG_A,
  folder?: number
) =>
  http(strapi)
    .post('/upload')
    .set('Authorization', `Bearer ${token}`)
    .attach('files', bytes, { filename: name, contentType: 'image/png' })
    .field('fileInfo', JSON.stringify({ name, ...(folder !== undefined && { folder }) }));

/** The file's row as stored, or null when it is gone. */
export const storedFile = async (strapi: Core.Strapi, id: number) =>
  (await strapi.db.query('plugin::upload.file').findOne({ where: { id } })) as StoredFile | null;

/** The bytes served behind a local upload's URL. */
export const bytesBehind = (strapi: Core.Strapi, url: string) =>
  fs.readFileSync(path.join(strapi.dirs.static.public, url));
