/**
 * The lease pattern the job tables share (scheduled jobs, webhook deliveries, speech jobs): a row
 * waits in one status until it is due, a node takes it into a running status with a conditional
 * UPDATE (the database decides who wins), and a row whose holder's lease ran out can be taken over.
 */

export interface LeaseStatuses {
  /** status of a row waiting for its turn, e.g. pending */
  waiting: string;
  /** status while a node holds it, e.g. running */
  running: string;
}

interface UpdatableQuery {
  updateMany(params: { where: object; data: object }): Promise<{ count: number }>;
}

/** Rows to work on at `now`: waiting ones whose retry time has come, and abandoned running ones. */
export const dueOrAbandoned = (
  now: Date,
  { waiting, running }: LeaseStatuses,
  dueWhen: object = {}
) => ({
  $or: [
    {
      status: waiting,
      ...dueWhen,
      $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: now } }],
    },
    { status: running, lockedUntil: { $lt: now } },
  ],
});

/** Takes one row for `nodeId` until `lockedUntil`; true when this node got it. */
export const claimRow = async (
  query: UpdatableQuery,
  id: number,
  now: Date,
  { waiting, running }: LeaseStatuses,
  nodeId: string,
  lockedUntil: Date
) => {
  const { count } = await query.updateMany({
    where: { id, $or: [{ status: waiting }, { status: running, lockedUntil: { $lt: now } }] },
    data: { status: running, lockedBy: nodeId, lockedUntil },
  });
  return count === 1;
};

/** When the next try of a row that failed `attempts` times is due: the delay doubles each time. */
export const retryAt = (now: Date, backoffSeconds: number, attempts: number) =>
  new Date(now.getTime() + backoffSeconds * 1000 * 2 ** (attempts - 1));
