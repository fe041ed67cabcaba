import type { Core } from '@strapi/strapi';

type Env = Core.Config.Shared.ConfigParams['env'];

/** Where files of the media library go when `UPLOAD_PROVIDER=s3`: the path the app serves them at. */
export const APP_SERVED_UPLOADS = '/uploads';

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
  const acl = env('S3_ACL', '');
  return {
    provider: 'aws-s3',
    providerOptions: {
      baseUrl: env('S3_PUBLIC_URL', '') || APP_SERVED_UPLOADS,
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
