import type { UID } from '@strapi/strapi';
import type { Claim, LeaseStatuses } from './leases';
import type { Retention } from './retention';

/** What became of one claimed row. */
export const OUTCOMES = ['done', 'retrying', 'waiting', 'failed', 'skipped', 'lost'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export type Outcomes = Record<Outcome, number>;

export const noOutcomes = (): Outcomes => ({
  done: 0,
  retrying: 0,
  waiting: 0,
  failed: 0,
  skipped: 0,
  lost: 0,
});

/** How many claimed rows were worked and their outcome recorded, whatever it was. */
export const worked = (outcomes: Outcomes) =>
  outcomes.done + outcomes.retrying + outcomes.waiting + outcomes.failed + outcomes.skipped;

/**
 * A kind of background work a feature hands to the job runner: a table of rows that wait in one
 * status until due, are claimed by one node with a conditional UPDATE, and are finished with
 * `finishClaim`, which records nothing if the claim was lost meanwhile.
 */
export interface JobKind<Row extends { id: number } = { id: number }> {
  /** name in logs and in the results of a tick, e.g. `webhook-deliveries` */
  name: string;
  /** the content type of the table holding the rows */
  uid: UID.Schema;
  statuses: LeaseStatuses;
  batchSize(): number;
  leaseMs(): number;
  /**
   * Renew the lease while `handle` runs (slow voices, SMTP or webhook servers). Off for work
   * done in one transaction with its completion: renewals could not be written while it runs.
   */
  renewWhileRunning: boolean;
  /** a further condition a waiting row must meet to be due at `now` */
  dueWhen?(now: Date): object;
  orderBy?: Array<Record<string, 'asc' | 'desc'>>;
  /** the field holding when a waiting row became due (`createdAt` unless told), for its backlog's age */
  dueSinceField?: string;
  populate?: object;
  /** which finished rows the runner deletes once older than the retention period */
  retention?: Retention;
  /** runs at the start of each pass, before the due rows are read (e.g. planning reminders) */
  prepare?(now: Date): Promise<unknown>;
  /** does the row's work and finishes its claim */
  handle(row: Row, now: Date, claim: Claim): Promise<Outcome>;
}
