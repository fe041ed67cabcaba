import { dueOrAbandoned, retryAt, workInFlight } from '../leases';

const STATUSES = { waiting: 'pending', running: 'running' } as const;

describe('leased jobs: the pure parts', () => {
  test('the delay before a retry doubles with every failure', () => {
    const now = new Date('2026-12-04T08:00:00Z');
    const delays = [1, 2, 3, 4].map((n) => (retryAt(now, 60, n).getTime() - now.getTime()) / 1000);
    expect(delays).toEqual([60, 120, 240, 480]);
  });

  test('due: waiting rows whose time has come, and running rows whose lease ran out', () => {
    const now = new Date('2026-12-04T08:00:00Z');
    const leaseNow = new Date('2026-12-04T08:00:05Z');
    const where = dueOrAbandoned(now, leaseNow, STATUSES, { runAt: { $lte: now } }) as {
      $or: Array<Record<string, unknown>>;
    };
    expect(where.$or).toHaveLength(2);
    expect(where.$or[0]).toMatchObject({ status: 'pending', runAt: { $lte: now } });
    expect(JSON.stringify(where.$or[0])).toContain('"nextAttemptAt":null');
    expect(where.$or[1]).toMatchObject({ status: 'running' });
    expect(Object.values(where.$or[1])).toContainEqual({ $lt: leaseNow });
  });

  test('shutdown waits for the work in flight, but not longer than the grace', async () => {
    const flight = workInFlight();
    let finished = false;
    void flight.track(
      new Promise<void>((resolve) =>
        setTimeout(() => {
          finished = true;
          resolve();
        }, 30)
      )
    );
    await flight.stop(2000);
    expect(finished).toBe(true);
    expect(flight.stopped).toBe(true);

    const stuck = workInFlight();
    void stuck.track(new Promise(() => undefined));
    const started = Date.now();
    await stuck.stop(50);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  test('a failed piece of work neither leaks nor stops the shutdown', async () => {
    const flight = workInFlight();
    const failing = flight.track(Promise.reject(new Error('hỏng')));
    await expect(failing).rejects.toThrow('hỏng');
    await expect(flight.stop(100)).resolves.toBeUndefined();
  });
});
