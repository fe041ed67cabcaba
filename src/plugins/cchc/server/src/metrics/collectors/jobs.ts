import type { Core } from '@strapi/strapi';
import { Counter, Gauge, type Registry } from 'prom-client';
import { OUTCOMES } from '../../core/jobs/kind';
import { getService } from '../../core/get-service';
import type { Backlog } from '../../core/jobs/runner';

/** How a collector reports a read that failed (counted and logged by the metrics service). */
export type Failure = (collector: string, error: unknown) => void;

/** The job runner's tables, read from the database (the same on every node), per kind. */
const backlogGauges = (strapi: Core.Strapi, registers: Registry[], failed: Failure) => {
  const runner = () => getService(strapi, 'jobs');
  let reading: Promise<Backlog[] | null> | null = null;
  // the four gauges are filled from one read of the tables per scrape
  const backlog = () => {
    reading ??= runner()
      .backlog()
      .catch((error: unknown) => {
        failed('jobs', error);
        return null;
      })
      .finally(() => setImmediate(() => (reading = null)));
    return reading;
  };
  const gauge = (name: string, help: string, read: (row: Backlog) => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['kind'],
      registers,
      async collect() {
        const rows = await backlog();
        this.reset();
        for (const row of rows ?? []) {
          this.set({ kind: row.kind }, read(row));
        }
      },
    });
  gauge('cchc_jobs_due', 'Jobs due now and not yet taken, per kind', (row) => row.due);
  gauge(
    'cchc_jobs_oldest_due_seconds',
    'How long the oldest due job has waited, per kind (0 when none waits)',
    (row) => row.oldestDueSeconds
  );
  gauge('cchc_jobs_running', 'Jobs a node holds now, per kind', (row) => row.running);
  gauge(
    'cchc_jobs_failed',
    'Jobs that failed for good and wait for a person, per kind',
    (row) => row.failed
  );
};

/** This node's passes since it started: rows swept by retention, outcomes per kind. */
const passCounters = (strapi: Core.Strapi, registers: Registry[]) => {
  const runner = () => getService(strapi, 'jobs');
  new Counter({
    name: 'cchc_retention_deleted_total',
    help: 'Finished job rows this node deleted as older than the retention period, per kind',
    labelNames: ['kind'],
    registers,
    collect() {
      this.reset();
      for (const [kind, deleted] of Object.entries(runner().sweptTotals())) {
        this.inc({ kind }, deleted);
      }
    },
  });
  new Counter({
    name: 'cchc_job_outcomes_total',
    help: "Outcomes of this node's job passes since it started, per kind and outcome",
    labelNames: ['kind', 'outcome'],
    registers,
    collect() {
      // the runner keeps the totals; the counter shows them as they are
      this.reset();
      for (const [kind, outcomes] of Object.entries(runner().outcomeTotals())) {
        for (const outcome of OUTCOMES) {
          this.inc({ kind, outcome }, outcomes[outcome]);
        }
      }
    },
  });
};

/**
 * The job runner's tables and this node's passes: due rows and the oldest one's age per kind,
 * rows running and failed for good, rows swept, outcomes.
 */
export const jobMetrics = (strapi: Core.Strapi, registers: Registry[], failed: Failure) => {
  backlogGauges(strapi, registers, failed);
  passCounters(strapi, registers);
};
