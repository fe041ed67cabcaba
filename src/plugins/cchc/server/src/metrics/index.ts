import metricsService from './services/metrics';
import metricsMiddleware from './http/metrics';

/** What an operator watches: `GET /metrics` for Prometheus, from every node. */
export const metrics = {
  services: { metrics: metricsService },
  middlewares: { metrics: metricsMiddleware },
};
