import type { Core } from '@strapi/strapi';
import { messageOf } from '../error-message';
import { pluginConfig } from '../plugin-config';
import { rowsOf } from '../rows';
import { type JobKind, noOutcomes, OUTCOMES, type Outcomes } from './kind';
import { sweepTable, type RetainedTable } from './retention';
import {
  claimRow,
  dueOrAbandoned,
  holdWhile,
  leaseClock,
  newNodeId,
  releaseHeld,
  workInFlight,
} from './leases';

export interface Pass {
  outcomes: Outcomes;
  /** nothing was done because this node is shutting down */
  busy: boolean;
  error?: string;
}

/** What waits in one kind's table now: due rows, the oldest one's age, and rows that failed for good. */
export interface Backlog {
  kind: string;
  due: number;
  oldestDueSeconds: number;
  running: number;
  failed: number;
}

export interface Tick {
  /** every kind's pass, in the order the kinds were registered */
  kinds: Record<string, Pass>;
  /** rows deleted by retention per kind, when this tick swept */
  swept?: Record<string, number>;
  busy: boolean;
  /** the first kind's error, when a pass failed (the next tick tries again) */
  error?: string;
}

const CRON_NAME = 'cchc-jobs';

/**
 * The one job runner: features register kinds of work (scheduled publishing, webhook deliveries,
 * spoken audio, report reminders), and every node runs one tick on Strapi's cron that claims the
 * due rows of each kind with the same conditional claim, lease and completion guard. A node has
 * one id for all its claims; shutdown stops taking work, waits a moment for what runs, and gives
 * back what this node still holds so that another node takes it at once.
 */
const jobRunner = ({ strapi }: { strapi: Core.Strapi }) => {
  const nodeId = newNodeId();
  const kinds = new Map<string, JobKind>();
  const retained = new Map<string, RetainedTable>();
  const inFlight = workInFlight();
  /** the last pass of each kind asked for on this node: the next one runs after it */
  const chains = new Map<string, Promise<Pass>>();
  /** a pass for "now" that waits its turn: kicks share it */
  const nextNow = new Map<string, Promise<Pass>>();
  /** outcomes of every pass on this node since it started, per kind */
  const totals = new Map<string, Outcomes>();
  /** when this node last deleted old finished rows (retention) */
  let lastSweep = 0;
  const sweptTotals = new Map<string, number>();
  const count = (name: string, outcomes: Outcomes) => {
    const sum = totals.get(name) ?? noOutcomes();
    for (const outcome of OUTCOMES) {
      sum[outcome] += outcomes[outcome];
    }
    totals.set(name, sum);
  };

  return {
    nodeId,

    register(kind: JobKind) {
      if (kinds.has(kind.name)) {
        throw new Error(`Job kind "${kind.name}" is registered twice`);
      }
      kinds.set(kind.name, kind);
    },

    /** Has the sweep delete a table's old finished rows too. */
    retain(table: RetainedTable) {
      if (kinds.has(table.name) || retained.has(table.name)) {
        throw new Error(`Retention of "${table.name}" is registered twice`);
      }
      retained.set(table.name, table);
    },

    kinds() {
      return [...kinds.keys()];
    },

    /** Outcomes of this node's passes since it started, per kind (for metrics). */
    outcomeTotals(): Record<string, Outcomes> {
      return Object.fromEntries(
        [...kinds.keys()].map((name) => [name, { ...(totals.get(name) ?? noOutcomes()) }])
      );
    },

    /** Rows this node deleted by retention since it started, per kind (for metrics). */
    sweptTotals(): Record<string, number> {
      return Object.fromEntries(sweptTotals);
    },

    /** What waits in each kind's table at `now`, read from the database (every node sees the same). */
    async backlog(now: Date = new Date()): Promise<Backlog[]> {
      const leaseNow = await leaseClock(strapi);
      return Promise.all(
        [...kinds.values()].map(async (kind) => {
          const query = rowsOf<Record<string, unknown>>(strapi, kind.uid);
          const where = dueOrAbandoned(now, leaseNow, kind.statuses, kind.dueWhen?.(now) ?? {});
          const since = kind.dueSinceField ?? 'createdAt';
          const [due, oldest, running, failed] = await Promise.all([
            query.count({ where }),
            query.findOne({ where, select: [since], orderBy: [{ [since]: 'asc' }] }),
            query.count({ where: { status: kind.statuses.running } }),
            query.count({ where: { status: 'failed' } }),
          ]);
          const dueSince = oldest?.[since]
            ? new Date(oldest[since] as string).getTime()
            : now.getTime();
          return {
            kind: kind.name,
            due,
            oldestDueSeconds: Math.max(0, (now.getTime() - dueSince) / 1000),
            running,
            failed,
          };
        })
      );
    },

    /** One pass over every kind at `now` (the cron passes the clock; tests pass their own). */
    async tick(now: Date = new Date()): Promise<Tick> {
      const result: Tick = { kinds: {}, busy: false };
      for (const name of kinds.keys()) {
        const pass = await this.run(name, now);
        result.kinds[name] = pass;
        result.busy ||= pass.busy;
        result.error ??= pass.error;
      }
      const { everyMinutes } = pluginConfig(strapi).retention;
      // on the wall clock, not the tick's: retention is about how old rows really are
      if (!inFlight.stopped && Date.now() - lastSweep >= everyMinutes * 60_000) {
        lastSweep = Date.now();
        result.swept = await this.sweep();
      }
      return result;
    },

    /**
     * Deletes the finished rows older than the retention period from every kind's table, in
     * short batches; never throws (a failing database is logged, the next sweep goes on).
     */
    async sweep(now: Date = new Date()): Promise<Record<string, number>> {
      const { days, batchSize } = pluginConfig(strapi).retention;
      const swept: Record<string, number> = {};
      if (days === 0) {
        return swept;
      }
      const cutoff = new Date(now.getTime() - days * 86_400_000);
      const tables: RetainedTable[] = [
        ...[...kinds.values()].flatMap(({ name, uid, retention }) =>
          retention ? [{ name, uid, retention }] : []
        ),
        ...retained.values(),
      ];
      for (const { name, uid, retention } of tables) {
        try {
          swept[name] = await sweepTable(strapi, uid, retention, cutoff, batchSize);
          sweptTotals.set(name, (sweptTotals.get(name) ?? 0) + swept[name]);
        } catch (error) {
          strapi.log.error(
            `Retention of "${name}" failed; the next sweep retries: ${messageOf(error)}`
          );
        }
      }
      const total = Object.values(swept).reduce((sum, n) => sum + n, 0);
      if (total > 0) {
        strapi.log.info(`Retention: deleted ${total} finished job row(s) older than ${days} days`);
      }
      return swept;
    },

    /**
     * One pass over the due rows of one kind at `now`, after the pass of that kind already
     * running on this node, if any: passes of one kind never overlap on a node. Asked without a
     * time (right after a change commits) while such a pass already waits its turn, it shares
     * that pass. Never throws: a failing database is logged and the next tick tries again.
     */
    run(name: string, now?: Date): Promise<Pass> {
      const kind = kinds.get(name);
      if (!kind || inFlight.stopped) {
        return Promise.resolve({ outcomes: noOutcomes(), busy: inFlight.stopped });
      }
      const waiting = nextNow.get(name);
      if (!now && waiting) {
        return waiting;
      }
      const pass = (chains.get(name) ?? Promise.resolve()).then(() => {
        if (nextNow.get(name) === pass) {
          nextNow.delete(name);
        }
        return inFlight.stopped
          ? { outcomes: noOutcomes(), busy: true }
          : inFlight.track(this.pass(kind, now ?? new Date()));
      });
      if (!now) {
        nextNow.set(name, pass);
      }
      chains.set(name, pass);
      return pass;
    },

    async pass(kind: JobKind, now: Date): Promise<Pass> {
      const outcomes = noOutcomes();
      try {
        await kind.prepare?.(now);
        const query = rowsOf<{ id: number }>(strapi, kind.uid);
        const dueWhen = kind.dueWhen?.(now) ?? {};
        const due = await query.findMany({
          where: dueOrAbandoned(now, await leaseClock(strapi), kind.statuses, dueWhen),
          orderBy: kind.orderBy ?? [{ id: 'asc' }],
          limit: kind.batchSize(),
          ...(kind.populate ? { populate: kind.populate } : {}),
        });
        for (const row of due) {
          if (inFlight.stopped) {
            break;
          }
          const claim = await this.claim(kind, row, now);
          if (!claim) {
            outcomes.lost += 1;
            continue;
          }
          const work = () => kind.handle(row, now, claim);
          const outcome = kind.renewWhileRunning
            ? await holdWhile(strapi, query, claim, kind.statuses, claim.leaseMs, work)
            : await work();
          outcomes[outcome] += 1;
        }
        count(kind.name, outcomes);
        return { outcomes, busy: false };
      } catch (error) {
        count(kind.name, outcomes);
        strapi.log.error(
          `Background jobs "${kind.name}" failed; the next tick retries: ${messageOf(error)}`
        );
        return { outcomes, busy: false, error: messageOf(error) };
      }
    },

    /** Takes the row for this node, unless another node has it (or took it first). */
    async claim(kind: JobKind, row: { id: number }, now: Date) {
      const leaseMs = kind.leaseMs();
      const dueWhen = kind.dueWhen?.(now) ?? {};
      const claim = await claimRow(
        strapi,
        rowsOf(strapi, kind.uid),
        row.id,
        now,
        kind.statuses,
        nodeId,
        leaseMs,
        dueWhen
      );
      return claim && { ...claim, leaseMs };
    },

    /** Runs `tick` on Strapi's cron every period; every node does, the claims keep it to one. */
    start() {
      const { enabled, periodSeconds } = pluginConfig(strapi).scheduler;
      if (!enabled) {
        return;
      }
      const rule = periodSeconds === 60 ? '0 * * * * *' : `*/${periodSeconds} * * * * *`;
      strapi.cron.add({ [CRON_NAME]: { task: () => this.tick(), options: { rule } } });
    },

    /** Shutdown: no more passes, a short wait for those in flight, then every claim given back. */
    async stop() {
      if (pluginConfig(strapi).scheduler.enabled) {
        strapi.cron.remove(CRON_NAME);
      }
      await inFlight.stop();
      let released = 0;
      for (const kind of kinds.values()) {
        released += await releaseHeld(rowsOf(strapi, kind.uid), kind.statuses, nodeId);
      }
      return released;
    },
  };
};

export default jobRunner;
export type JobRunner = ReturnType<typeof jobRunner>;
