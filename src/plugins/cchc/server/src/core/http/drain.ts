import type { Server, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

const POLL_MS = 50;

/** Requests this server is answering now, counted from when `trackRequests` was called. */
const active = new WeakMap<Server, { answering: Set<ServerResponse>; draining: boolean }>();

export const trackRequests = (server: Server) => {
  const counter = { answering: new Set<ServerResponse>(), draining: false };
  active.set(server, counter);
  server.on('request', (_req, res: ServerResponse) => {
    counter.answering.add(res);
    res.once('close', () => counter.answering.delete(res));
  });
};

/** Whether the server is shutting down: the readiness check then says so. */
export const isDraining = (server: Server | undefined) =>
  Boolean(server && active.get(server)?.draining);

/**
 * The first step of a graceful shutdown: no new connection is accepted, `/_ready` answers 503,
 * idle keep-alive connections are closed as they become idle (and answers on them say
 * `Connection: close`), and requests being answered are given up to
 * `timeoutMs` to finish (Strapi then destroys whatever connection is left). Resolves with how
 * many requests were still unanswered when time ran out.
 */
export const drainRequests = async (server: Server, timeoutMs: number) => {
  const counter = active.get(server);
  if (!server.listening || !counter) {
    return 0;
  }
  counter.draining = true;
  server.close();
  for (const res of counter.answering) {
    if (!res.headersSent) {
      // a keep-alive client (a load balancer) comes back on a new connection, to another node
      res.setHeader('Connection', 'close');
    }
  }
  const deadline = Date.now() + timeoutMs;
  while (counter.answering.size > 0 && Date.now() < deadline) {
    server.closeIdleConnections();
    await sleep(POLL_MS);
  }
  server.closeIdleConnections();
  return counter.answering.size;
};
