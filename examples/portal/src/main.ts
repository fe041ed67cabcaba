import { frontPage } from './front-page.ts';

// CCHC_URL=http://localhost:1337 SITE=xa-son-tay COLUMN=cai-cach-hanh-chinh Q='dịch vụ công' npm start
frontPage({
  baseUrl: process.env.CCHC_URL ?? 'http://localhost:1337',
  site: process.env.SITE ?? 'xa-son-tay',
  column: process.env.COLUMN ?? 'cai-cach-hanh-chinh',
  q: process.env.Q,
  token: process.env.SITE_TOKEN,
}).then(
  (html) => process.stdout.write(html),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
);
