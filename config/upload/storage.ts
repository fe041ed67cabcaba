import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

/** Where files of the media library go when `UPLOAD_PROVIDER=s3`: the path the app serves them at. */
export const APP_SERVED_UPLOADS = '/uploads';

/** `S3_PUBLIC_URL` as a URL, or a message an operator understands at boot (not a bare TypeError). */
export const s3PublicUrl = (env: Env): URL | null => {
  const given = env('UPLOAD_PROVIDER', 'local') === 's3' ? env('S3_PUBLIC_URL', '') : '';
  if (!given) {
    return null;
  }
  let url: URL | null = null;
  try {
    url = new URL(given);
  } catch {
    url = null;
  }
  if (!url || !['http:', 'https:'].includes(url.protocol)) {
    throw new Error(
      `S3_PUBLIC_URL must be an http(s) address such as https://tep.example.vn/cchc, not "${given}"`
    );
  }
  return url;
};

/**
 * The media library's storage: the node's disk by default; with `UPLOAD_PROVIDER=s3` an
 * S3-compatible bucket shared by every node. Without `S3_PUBLIC_URL` the files keep their
 * `/uploads/…` addresses and each node serves them from the bucket (so moving from disk to a bucket
 * changes no link); with it, links point at that address (a CDN or the bucket's own).
 */
export const uploadStorage = (env: Env) => {
  if (env('UPLOAD_PROVIDER', 'local') !== 's3') {
    return {};
  }
  if (!env('S3_BUCKET', '')) {
    throw new Error(
      'UPLOAD_PROVIDER=s3 needs S3_BUCKET (and S3_ENDPOINT for a server other than AWS)'
    );
  }
  const acl = env('S3_ACL', '');
  return {
    provider: 'aws-s3',
    providerOptions: {
      baseUrl: s3PublicUrl(env)?.href.replace(/\/$/, '') ?? APP_SERVED_UPLOADS,
      rootPath: env('S3_ROOT_PATH', ''),
      s3Options: {
        ...(env('S3_ENDPOINT', '') && { endpoint: env('S3_ENDPOINT') }),
        region: env('S3_REGION', 'us-east-1'),
        forcePathStyle: env.bool('S3_FORCE_PATH_STYLE', Boolean(env('S3_ENDPOINT', ''))),
        credentials: {
          accessKeyId: env('S3_ACCESS_KEY_ID', ''),
          secretAccessKey: env('S3_SECRET_ACCESS_KEY', ''),
        },
        // S3-compatible servers do not all read the SDK's streamed checksum trailers
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        // the key present and empty keeps the provider from sending `public-read`
        params: { Bucket: env('S3_BUCKET', ''), ACL: acl || undefined },
      },
    },
  };
};
