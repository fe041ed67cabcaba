import { execFileSync } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';
import { Client } from 'pg';

/** A PostgreSQL cluster of the test's own on a free port: it may be stopped without harming others. */
export interface PrivatePostgres {
  url: string;
  port: number;
  readonly running: boolean;
  start(): void;
  /** `immediate` drops connections without a goodbye, like a crash; `fast` like a restart. */
  stop(mode?: 'fast' | 'immediate'): void;
  remove(): void;
}

const SERVERS = '/usr/lib/postgresql';

/** The newest PostgreSQL server installed from Debian's packages, if any. */
const binDir = (): string | null => {
  const versions = fs.existsSync(SERVERS)
    ? fs
        .readdirSync(SERVERS)
        .filter((v) => /^\d+$/.test(v) && fs.existsSync(path.join(SERVERS, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  return versions.length ? path.join(SERVERS, versions[0], 'bin') : null;
};

/** Whether this machine can run a cluster of its own (PostgreSQL's server binaries are here). */
export const canStartPrivatePostgres = () => binDir() !== null;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** PostgreSQL refuses to run as root: its tools run as the `postgres` user when we are root. */
const asPostgres = (command: string, args: string[]) => {
  const [file, argv] =
    process.getuid?.() === 0
      ? ['runuser', ['-u', 'postgres', '--', command, ...args]]
      : [command, args];
  execFileSync(file, argv, { stdio: 'pipe', timeout: 60000 });
};

export const startPrivatePostgres = async (): Promise<PrivatePostgres> => {
  const bin = binDir();
  if (!bin) {
    throw new Error(`No PostgreSQL server under ${SERVERS}`);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-pg-'));
  const data = path.join(dir, 'data');
  if (process.getuid?.() === 0) {
    execFileSync('chown', ['postgres:postgres', dir]);
  }
  fs.chmodSync(dir, 0o700);
  asPostgres(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8']);
  const port = await freePort();
  const pgCtl = (args: string[]) => asPostgres(path.join(bin, 'pg_ctl'), ['-D', data, ...args]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  let running = false;
  const cluster: PrivatePostgres = {
    url: `postgres://postgres@127.0.0.1:${port}/cchc`,
    port,
    get running() {
      return running;
    },
    start() {
      if (running) {
        return;
      }
      pgCtl(['-w', '-t', '30', '-l', path.join(dir, 'server.log'), '-o', options, 'start']);
      running = true;
    },
    stop(mode = 'fast') {
      if (running) {
        pgCtl(['-w', '-t', '30', '-m', mode, 'stop']);
        running = false;
      }
    },
    remove() {
      try {
        cluster.stop('immediate');
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  try {
    cluster.start();
    const admin = new Client({
      connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`,
    });
    await admin.connect();
    await admin.query('CREATE DATABASE cchc');
    await admin.end();
  } catch (error) {
    cluster.remove();
    throw error;
  }
  return cluster;
};
