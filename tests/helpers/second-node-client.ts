import path from 'node:path';
import { fork, type ChildProcess } from 'node:child_process';

interface Message {
  type: string;
  id?: number;
  nodeId?: string;
  port?: number;
  message?: string;
  result?: unknown;
}

const waitFor = <T>(child: ChildProcess, match: (m: Message) => T | undefined, ms = 60000) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the second node did not answer')), ms);
    const listener = (message: Message) => {
      if (message.type === 'failed') {
        clearTimeout(timer);
        reject(new Error(message.message));
      }
      const found = match(message);
      if (found !== undefined) {
        clearTimeout(timer);
        child.off('message', listener);
        resolve(found);
      }
    };
    child.on('message', listener);
  });

/**
 * A second app process on the test's database (`second-node.js`), as another node of a cluster:
 * its cron runs as on any node, `tick(at)` has it run a tick of its job runner now, and `listen()` has it
 * serve HTTP. `env` is added to the test's environment (another database, say).
 */
export const startSecondNode = async ({ env = {} }: { env?: Record<string, string> } = {}) => {
  const child = fork(path.join(__dirname, 'second-node.js'), [], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const nodeId = await waitFor(child, (m) => (m.type === 'ready' ? m.nodeId! : undefined), 120000);
  let serial = 0;
  return {
    nodeId,
    tick(at: Date) {
      serial += 1;
      const id = serial;
      const answer = waitFor(child, (m) => (m.type === 'ticked' && m.id === id ? m : undefined));
      child.send({ type: 'tick', id, at: at.toISOString() });
      return answer.then((m) => m.result);
    },
    /** Has the node serve HTTP on a loopback port; its base URL. */
    async listen() {
      serial += 1;
      const id = serial;
      const answer = waitFor(child, (m) =>
        m.type === 'listening' && m.id === id ? m.port : undefined
      );
      child.send({ type: 'listen', id });
      return `http://127.0.0.1:${await answer}`;
    },
    /** Sends the process a signal, as an orchestrator stopping it does; resolves with its exit code. */
    signal(name: NodeJS.Signals) {
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.kill(name);
      return exited;
    },
    async stop() {
      if (child.connected) {
        child.send({ type: 'stop' });
        await new Promise((resolve) => child.once('exit', resolve));
      }
    },
  };
};

export type SecondNode = Awaited<ReturnType<typeof startSecondNode>>;
