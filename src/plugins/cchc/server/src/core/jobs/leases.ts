import os from 'node:os';
import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';

/**
 * The lease pattern the job tables share (scheduled jobs, webhook deliveries, speech jobs,
 * reminders, social posts): a row waits in one status until it is due, a holder takes it into a
 * running status with a conditional UPDATE (the database decides who wins), and a row whose
 * holder's lease ran out can be taken over.
 *
 * A claim is identified by its holder and the exact end of its lease: a later claim of the same
 * row (by another node, or by this node after its own lease ran out) always sets a later end, so
 * a completion conditional on both never overwrites the state of whoever holds the row now.
 * Leases run on the database's clock, never on the `now` a caller passes to decide what is due:
 * ticks driven with another time (tests, catch-up) and nodes whose clocks differ agree on them.
 */

export interface LeaseStatuses {
  /** status of a row waiting for its turn, e.g. pending */
  waiting: string;
  /** status while a holder has it, e.g. running */
  running: string;
  /** column naming the holder (`lockedBy` unless told) */
  holderField?: string;
  /** column holding the end of the lease (`lockedUntil` unless told) */
  untilField?: string;
}

/** The statuses every job kind's table uses for waiting and for a node working the row. */
export const JOB_STATUSES = {
  waiting: 'pending',
  running: 'running',
} as const satisfies LeaseStatuses;

/** One claim of one row: completion and renewal are conditional on it. */
export interface Claim {
  id: number;
  holder: string;
  until: Date;
}

interface UpdatableQuery {
  updateMany(params: { where: object; data: object }): Promise<{ count: number }>;
}

/** How long `stop()` waits for work in flight before it releases the leases anyway. */
export const SHUTDOWN_GRACE_MS = 5000;

export const newNodeId = () => `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

const fieldsOf = ({ holderField = 'lockedBy', untilField = 'lockedUntil' }: LeaseStatuses) => ({
  holder: holderField,
  until: untilField,
});

/** The database's clock: one clock for every node's leases (SQLite lives on this machine). */
export const leaseClock = async (strapi: Core.Strapi): Promise<Date> => {
  if (strapi.db.dialect.client !== 'postgres') {
    return new Date();
  }
  const result = (await strapi.db.connection.raw('SELECT clock_timestamp() AS now')) as {
    rows: Array<{ now: Date | string }>;
  };
  return new Date(result.rows[0].now);
};

/** What is due at `now` (the caller's time) among waiting rows. */
const dueAt = (now: Date) => ({
  $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: now } }],
});

/** Rows to work on: waiting ones whose time has come at `now`, and running ones abandoned at `leaseNow`. */
export const dueOrAbandoned = (
  now: Date,
  leaseNow: Date,
  statuses: LeaseStatuses,
  dueWhen: object = {}
) => {
  const { until } = fieldsOf(statuses);
  return {
    $or: [
      { status: statuses.waiting, ...dueWhen, $and: [dueAt(now)] },
      { status: statuses.running, [until]: { $lt: leaseNow } },
    ],
  };
};

/**
 * Takes one row for `holder` for `leaseMs` of the database's clock (or of `leaseNow` when the
 * caller's one clock is given), if it is still due at `now` or its lease has run out; the claim
 * when this holder got it, else null.
 */
export const claimRow = async (
  strapi: Core.Strapi,
  query: UpdatableQuery,
  id: number,
  now: Date,
  statuses: LeaseStatuses,
  holder: string,
  leaseMs: number,
  dueWhen: object = {},
  leaseNow?: Date
): Promise<Claim | null> => {
  const fields = fieldsOf(statuses);
  leaseNow ??= await leaseClock(strapi);
  const until = new Date(leaseNow.getTime() + leaseMs);
  const { count } = await query.updateMany({
    where: { id, ...dueOrAbandoned(now, leaseNow, statuses, dueWhen) },
    data: { status: statuses.running, [fields.holder]: holder, [fields.until]: until },
  });
  return count === 1 ? { id, holder, until } : null;
};

/** The claim's row, as long as nobody took it over and it was not released. */
const heldBy = (claim: Claim, statuses: LeaseStatuses) => {
  const fields = fieldsOf(statuses);
  return {
    id: claim.id,
    status: statuses.running,
    [fields.holder]: claim.holder,
    [fields.until]: claim.until,
  };
};

/**
 * Writes the outcome of a claim's work, only if the claim still holds the row. A claim that lost
 * it (its lease ran out and another holder took over, or shutdown released it) changes nothing:
 * the result is logged and false returned, so the new holder's state stands.
 */
export const finishClaim = async (
  strapi: Core.Strapi,
  query: UpdatableQuery,
  claim: Claim,
  statuses: LeaseStatuses,
  data: object,
  what: string
) => {
  const { until } = fieldsOf(statuses);
  const { count } = await query.updateMany({
    where: heldBy(claim, statuses),
    data: { ...data, [until]: null },
  });
  if (count !== 1) {
    strapi.log.warn(
      `${what}: finished by ${claim.holder} after its lease was taken over or released; the result was not recorded (${JSON.stringify(data).slice(0, 200)})`
    );
  }
  return count === 1;
};

/** Extends a claim's lease by `leaseMs` from now; false when the claim no longer holds the row. */
export const renewClaim = async (
  strapi: Core.Strapi,
  query: UpdatableQuery,
  claim: Claim,
  statuses: LeaseStatuses,
  leaseMs: number
) => {
  const until = new Date((await leaseClock(strapi)).getTime() + leaseMs);
  const { count } = await query.updateMany({
    where: heldBy(claim, statuses),
    data: { [fieldsOf(statuses).until]: until },
  });
  if (count === 1) {
    claim.until = until;
  }
  return count === 1;
};

/**
 * Runs `work` while renewing the claim every third of its lease, so that slow work (a voice
 * synthesis, a slow SMTP or webhook server) keeps the row. A process that stops (killed, paused)
 * stops renewing, and the row is taken over when the lease ends. Not for work inside a
 * transaction: the renewals must be written while it runs.
 */
export const holdWhile = async <T>(
  strapi: Core.Strapi,
  query: UpdatableQuery,
  claim: Claim,
  statuses: LeaseStatuses,
  leaseMs: number,
  work: () => Promise<T>
): Promise<T> => {
  let renewing = Promise.resolve(true);
  const timer = setInterval(() => {
    renewing = renewing.then(() =>
      renewClaim(strapi, query, claim, statuses, leaseMs).catch(() => false)
    );
  }, leaseMs / 3);
  timer.unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
    await renewing;
  }
};

/** Gives back every row `nodeId` holds (its claims' holders start with it), as if never claimed. */
export const releaseHeld = async (
  query: UpdatableQuery,
  statuses: LeaseStatuses,
  nodeId: string
) => {
  const fields = fieldsOf(statuses);
  const { count } = await query.updateMany({
    where: { status: statuses.running, [fields.holder]: nodeId },
    data: { status: statuses.waiting, [fields.holder]: null, [fields.until]: null },
  });
  return count;
};

/** When the next try of a row that failed `attempts` times is due: the delay doubles each time. */
export const retryAt = (now: Date, backoffSeconds: number, attempts: number) =>
  new Date(now.getTime() + backoffSeconds * 1000 * 2 ** (attempts - 1));

/**
 * Work in flight on this node, so that shutdown stops taking new work, waits a little for what
 * runs, then releases what is still held.
 */
export const workInFlight = () => {
  const running = new Set<Promise<unknown>>();
  let stopped = false;
  return {
    get stopped() {
      return stopped;
    },
    track<T>(work: Promise<T>): Promise<T> {
      running.add(work);
      void work.finally(() => running.delete(work)).catch(() => undefined);
      return work;
    },
    async stop(graceMs = SHUTDOWN_GRACE_MS) {
      stopped = true;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...running]),
        new Promise((resolve) => {
          timer = setTimeout(resolve, graceMs);
        }),
      ]);
      clearTimeout(timer);
    },
  };
};
