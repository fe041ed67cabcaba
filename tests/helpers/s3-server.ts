import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;

/**
 * An S3-compatible server on loopback (s3rver, speaking the S3 protocol over HTTP), one bucket,
 * its objects in a temporary folder; sets the env the app reads for `UPLOAD_PROVIDER=s3`.
 */
export const startS3Server = async (bucket = 'cchc-uploads') => {
  // s3rver ships no type declarations
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const S3rver = require('s3rver') as S3rverClass;
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  Object.assign(process.env, {
    UPLOAD_PROVIDER: 's3',
    S3_ENDPOINT: endpoint,
    S3_BUCKET: bucket,
    S3_REGION: 'us-east-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
  });
  let running = true;
  return {
    endpoint,
    bucket,
    /** Stops the server (as an outage would); again is harmless. */
    async stop() {
      if (!running) {
        return;
      }
      running = false;
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
};
