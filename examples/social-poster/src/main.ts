import { postDuePosts } from './poster.ts';

// CCHC_URL=http://localhost:1337 CCHC_TOKEN=… CHANNEL=<channel documentId> \
//   PAGE_API_URL=https://graph.example.com/v1/<page> PAGE_TOKEN=… npm start   (from cron, every few minutes)
const required = (name: string) => {
  const value = process.env[name];
  if (!value) {
    throw new Error(`${name} is not set`);
  }
  return value;
};

const main = async () => {
  const run = await postDuePosts({
    baseUrl: process.env.CCHC_URL ?? 'http://localhost:1337',
    token: required('CCHC_TOKEN'),
    channel: required('CHANNEL'),
    page: { url: required('PAGE_API_URL'), token: required('PAGE_TOKEN') },
  });
  process.stdout.write(`${JSON.stringify(run)}\n`);
};

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
