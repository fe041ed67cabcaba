import net from 'node:net';
import tls from 'node:tls';

const command = (...args: string[]) =>
  `*${args.length}\r\n${args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`).join('')}`;

/**
 * Whether the Redis at `url` (`redis://[user:password@]host[:port]`, `rediss://` for TLS) answers
 * PING with PONG within the timeout. Speaks RESP over a bare socket, so the readiness check
 * needs no Redis client; authenticates first when the URL carries a password.
 */
export const pingRedis = (url: string, timeoutMs: number): Promise<boolean> =>
  new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve(false);
      return;
    }
    const secure = target.protocol === 'rediss:';
    const host = target.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1';
    const port = Number(target.port || 6379);
    const password = decodeURIComponent(target.password);
    const user = decodeURIComponent(target.username);
    const commands = password
      ? [user ? command('AUTH', user, password) : command('AUTH', password)]
      : [];
    commands.push(command('PING'));

    const socket = secure
      ? tls.connect({ host, port, servername: net.isIP(host) ? undefined : host })
      : net.connect({ host, port });
    let received = '';
    let settled = false;
    const finish = (ok: boolean) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        socket.destroy();
        resolve(ok);
      }
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    socket.once(secure ? 'secureConnect' : 'connect', () => socket.write(commands.join('')));
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('utf8');
      const lines = received.split('\r\n').slice(0, -1);
      if (lines.some((line) => line.startsWith('-'))) {
        finish(false);
      } else if (lines.length >= commands.length) {
        finish(lines[commands.length - 1] === '+PONG');
      }
    });
    socket.on('error', () => finish(false));
    socket.on('close', () => finish(false));
  });
