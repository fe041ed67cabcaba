import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { startSecondNode, type SecondNode } from './helpers/second-node-client';
import { UIDS } from '../src/constants';

/**
 * A node told to stop (SIGTERM from systemd, Docker or Kubernetes; SIGINT from a terminal) stops
 * accepting connections, answers the requests it has already started to read, gives back the
 * jobs it holds, and exits 0: nothing a client was told is lost, nothing waits for a lease to end.
 */

let app: TestApp;
let node: SecondNode;
let port: number;

beforeAll(async () => {
  app = await startApp();
  node = await startSecondNode();
  port = Number(new URL(await node.listen()).port);
}, 240_000);

afterAll(async () => {
  await node?.stop();
  await stopApp(app);
}, 60_000);

/** A request whose headers are sent now and whose body is sent by `finish`, as a slow client does. */
const slowRequest = (path: string, body: string) => {
  const socket = net.connect(port, '127.0.0.1');
  const half = Math.floor(body.length / 2);
  socket.write(
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: keep-alive\r\n\r\n${body.slice(0, half)}`
  );
  let reply = '';
  socket.on('data', (chunk) => (reply += chunk.toString('utf8')));
  const closed = new Promise<true>((resolve) => socket.on('close', () => resolve(true)));
  socket.on('error', () => undefined);
  return {
    /** The answer, and whether the server then closed the connection (it keeps none open). */
    async finish() {
      socket.write(body.slice(half));
      const closedByServer = await Promise.race([closed, sleep(15_000).then(() => false)]);
      socket.destroy();
      return { reply, closedByServer };
    },
  };
};

const refused = async () => {
  try {
    await fetch(`http://127.0.0.1:${port}/_health`);
    return false;
  } catch {
    return true;
  }
};

test('SIGTERM: no new connection, the requests in flight answered, the jobs it held given back, exit 0', async () => {
  const held = await app.strapi.db.query('plugin::cchc.scheduled-job').create({
    data: {
      kind: 'publish',
      contentType: UIDS.article,
      targetDocumentId: 'dang-xu-ly',
      dueAt: new Date(),
      status: 'running',
      attempts: 1,
      lockedBy: node.nodeId,
      lockedUntil: new Date(Date.now() + 10 * 60_000),
    },
  });
  expect((await fetch(`http://127.0.0.1:${port}/_health`)).status).toBe(204);

  // Public may not write: the answer is a 403, given whole
  const rest = slowRequest('/api/articles', JSON.stringify({ data: { title: 'Bài đang gửi' } }));
  const graph = slowRequest('/graphql', JSON.stringify({ query: '{ columns { name } }' }));
  // time for both to reach the node and be counted as being answered, on a loaded machine too
  await sleep(1000);
  const exited = node.signal('SIGTERM');

  let stoppedAccepting = false;
  for (let i = 0; i < 100 && !stoppedAccepting; i += 1) {
    stoppedAccepting = await refused();
    await sleep(50);
  }
  expect(stoppedAccepting).toBe(true);

  const [restAnswer, graphAnswer] = await Promise.all([rest.finish(), graph.finish()]);
  expect(restAnswer.reply).toMatch(/^HTTP\/1\.1 403 /);
  expect(restAnswer.reply).toMatch(/"name":"ForbiddenError"/);
  expect(graphAnswer.reply).toMatch(/^HTTP\/1\.1 200 /);
  expect(graphAnswer.reply).toMatch(/"columns":\[/);
  expect([restAnswer.closedByServer, graphAnswer.closedByServer]).toEqual([true, true]);
  // a keep-alive client is told not to send more on this connection
  expect(restAnswer.reply).toMatch(/\r\nConnection: close\r\n/i);
  expect(graphAnswer.reply).toMatch(/\r\nConnection: close\r\n/i);

  expect(await exited).toBe(0);
  const after = await app.strapi.db.query('plugin::cchc.scheduled-job').findOne({
    where: { id: held.id },
  });
  expect(after).toMatchObject({ status: 'pending', lockedBy: null, lockedUntil: null });
}, 120_000);
