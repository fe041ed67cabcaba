import type { Core } from '@strapi/strapi';
import { Gauge, type Registry } from 'prom-client';

/** The part of tarn's pool (knex's) that tells how its connections are used. */
interface Pool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
  max: number;
}

const STATES = {
  used: (pool: Pool) => pool.numUsed(),
  free: (pool: Pool) => pool.numFree(),
  pending_acquire: (pool: Pool) => pool.numPendingAcquires(),
  pending_create: (pool: Pool) => pool.numPendingCreates(),
};

/** Connections of this node's database pool by state, and the pool's size. */
export const databasePoolMetrics = (strapi: Core.Strapi, registers: Registry[]) => {
  const poolOf = () => (strapi.db.connection.client as { pool?: Pool }).pool;
  new Gauge({
    name: 'cchc_db_pool_connections',
    help: 'Database connections of this node by state (used, free, pending_acquire, pending_create)',
    labelNames: ['state'],
    registers,
    collect() {
      const pool = poolOf();
      if (!pool) {
        return;
      }
      for (const [state, read] of Object.entries(STATES)) {
        this.set({ state }, read(pool));
      }
    },
  });
  new Gauge({
    name: 'cchc_db_pool_max_connections',
    help: 'Most connections this node opens to the database',
    registers,
    collect() {
      const pool = poolOf();
      if (pool) {
        this.set(pool.max);
      }
    },
  });
};
