import type { Server } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

const POLL_MS = 50;

/** Requests this server is answering now, counted from when `trackRequests` was called. */
const active = new WeakMap<Server, { count: number }>();

export const trackRequests = (server: Server) => {
  const counter = { count: 0 };
  active.set(server, counter);
  server.on('request', (_req, res) => {
    counter.count += 1;
    res.once('close', () => (counter.count -= 1));
  });
};

/**
 * The first step of a graceful shutdown: no new connection is accepted, idle keep-alive
 * connections are closed as they become idle, and requests being answered are given up to
 * `timeoutMs` to finish (Strapi then destroys whatever connection is left). Resolves with how
 * many requests were still unanswered when time ran out.
 */
export const drainRequests = async (server: Server, timeoutMs: number) => {
  const counter = active.get(server);
  if (!server.listening || !counter) {
    return 0;
  }
  server.close();
  const deadline = Date.now() + timeoutMs;
  while (counter.count > 0 && Date.now() < deadline) {
    server.closeIdleConnections();
    await sleep(POLL_MS);
  }
  server.closeIdleConnections();
  return counter.count;
};
