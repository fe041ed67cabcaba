import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import type { Core } from '@strapi/strapi';

interface UploadConfig {
  provider?: string;
  providerOptions?: {
    baseUrl?: string;
    rootPath?: string;
    s3Options?: S3ClientConfig & { params?: { Bucket?: string } };
  };
}

export interface Bucket {
  client: S3Client;
  name: string;
  /** The path this app serves the bucket's files at, when it does (no public URL configured). */
  servedAt: string | null;
  /** The object key of a file of the media library, from its URL; null when not this bucket's. */
  keyOf(url: string): string | null;
}

/** The HTTP status an S3 call failed with, when it got that far. */
export const s3StatusOf = (error: unknown) =>
  (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;

const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

let cached: { strapi: Core.Strapi; bucket: Bucket | null } | null = null;

/** The media library's S3 bucket, or null when files stay on this node's disk. */
export const bucketOf = (strapi: Core.Strapi): Bucket | null => {
  if (cached?.strapi === strapi) {
    return cached.bucket;
  }
  const config = strapi.config.get<UploadConfig>('plugin::upload', {});
  const options = config.providerOptions;
  let bucket: Bucket | null = null;
  if (config.provider === 'aws-s3' && options?.s3Options?.params?.Bucket) {
    const { params, ...clientOptions } = options.s3Options;
    const base = (options.baseUrl ?? '').replace(/\/+$/, '');
    const prefix = options.rootPath ? `${options.rootPath.replace(/\/+$/, '')}/` : '';
    bucket = {
      client: new S3Client(clientOptions),
      name: params.Bucket!,
      servedAt: base.startsWith('/') ? base : null,
      keyOf(url) {
        if (!base || !url.startsWith(`${base}/`)) {
          return null;
        }
        let key: string;
        try {
          key = decodeURIComponent(url.slice(base.length + 1).split(/[?#]/)[0]);
        } catch {
          return null;
        }
        return SAFE_KEY.test(key) && !key.includes('..') && key.startsWith(prefix) ? key : null;
      },
    };
  }
  cached = { strapi, bucket };
  return bucket;
};
