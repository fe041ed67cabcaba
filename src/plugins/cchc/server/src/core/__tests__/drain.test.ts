import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import { drainRequests, isDraining, trackRequests } from '../http/drain';
import readinessService from '../services/readiness';

/** A server whose answers wait until `release` is called. */
const slowServer = async () => {
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const server = http.createServer((_req, res) => {
    void released.then(() => res.end('xong'));
  });
  trackRequests(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, release, port: (server.address() as AddressInfo).port };
};

test('while a node drains, its readiness says so without asking the database, and the request in flight is answered with Connection: close', async () => {
  const { server, release, port } = await slowServer();
  const strapi = { server: { httpServer: server } } as unknown as Core.Strapi;
  const inFlight = fetch(`http://127.0.0.1:${port}/`);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(isDraining(server)).toBe(false);

  const drained = drainRequests(server, 5000);
  expect(isDraining(server)).toBe(true);
  expect(await readinessService({ strapi }).check()).toEqual({
    status: 'unavailable',
    checks: { shutdown: 'draining' },
  });
  release();
  const res = await inFlight;
  expect(await res.text()).toBe('xong');
  expect(res.headers.get('connection')).toBe('close');
  expect(await drained).toBe(0);
});
