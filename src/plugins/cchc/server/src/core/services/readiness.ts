import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { pluginConfig } from '../plugin-config';
import { pingRedis } from '../redis-ping';
import { isDraining } from '../http/drain';

type CheckState = 'ok' | 'down';

export interface Readiness {
  status: 'ok' | 'unavailable';
  checks: { database?: CheckState; redis?: CheckState; shutdown?: 'draining' };
}

/**
 * Whether this node can serve: it is not shutting down, the database answers, and Redis when one
 * is configured.
 */
const readinessService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async check(): Promise<Readiness> {
    if (isDraining(strapi.server?.httpServer)) {
      return { status: 'unavailable', checks: { shutdown: 'draining' } };
    }
    const { readinessTimeoutMs, redisUrl } = pluginConfig(strapi).outage;
    const [database, redis] = await Promise.all([
      getService(strapi, 'database-outage').reachable(readinessTimeoutMs),
      redisUrl ? pingRedis(redisUrl, readinessTimeoutMs) : Promise.resolve(undefined),
    ]);
    const state = (ok: boolean): CheckState => (ok ? 'ok' : 'down');
    const checks: Readiness['checks'] = { database: state(database) };
    if (redis !== undefined) {
      checks.redis = state(redis);
    }
    const ready = Object.values(checks).every((value) => value === 'ok');
    return { status: ready ? 'ok' : 'unavailable', checks };
  },
});

export default readinessService;
export type ReadinessService = ReturnType<typeof readinessService>;
