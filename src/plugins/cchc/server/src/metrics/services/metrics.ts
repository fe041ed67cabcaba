import type { Core } from '@strapi/strapi';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { messageOf } from '../../core/error-message';
import { databasePoolMetrics } from '../collectors/database-pool';
import { jobMetrics } from '../collectors/jobs';
import { queueMetrics } from '../collectors/queues';

/** One answered request, as the metrics middleware saw it. */
export interface Observed {
  method: string;
  route: string;
  status: number;
  seconds: number;
  /** `hit` or `miss` when the shared response cache answered or stored it */
  cache?: string;
}

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * This node's metrics in Prometheus' format: Node's own (event-loop lag, memory, GC), requests
 * by route and status with their latency, the database pool, the job tables, the social queue,
 * webhook deliveries and the response cache. A registry per Strapi instance, not prom-client's
 * global one, so that two instances in one process do not mix their numbers.
 */
const metrics = ({ strapi }: { strapi: Core.Strapi }) => {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });

  const collectErrors = new Counter({
    name: 'cchc_metrics_collect_errors_total',
    help: 'Reads for metrics that failed (the database did not answer), per collector',
    labelNames: ['collector'],
    registers,
  });
  const failed = (collector: string, error: unknown) => {
    collectErrors.inc({ collector });
    strapi.log.debug(`Metrics "${collector}" not read: ${messageOf(error)}`);
  };

  const requests = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Requests answered by this node and how long they took, by method, route and status',
    labelNames: ['method', 'route', 'status'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const cache = new Counter({
    name: 'cchc_response_cache_requests_total',
    help: 'Public reads answered from the shared response cache (hit) or stored in it (miss)',
    labelNames: ['result'],
    registers,
  });

  databasePoolMetrics(strapi, registers);
  jobMetrics(strapi, registers, failed);
  queueMetrics(strapi, registers, failed);

  return {
    observe({ method, route, status, seconds, cache: result }: Observed) {
      requests.observe({ method, route, status: String(status) }, seconds);
      if (result === 'hit' || result === 'miss') {
        cache.inc({ result });
      }
    },

    contentType() {
      return registry.contentType;
    },

    text() {
      return registry.metrics();
    },
  };
};

export default metrics;
