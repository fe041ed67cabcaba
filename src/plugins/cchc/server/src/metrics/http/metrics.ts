import { createHash, timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { getService } from '../../core/get-service';
import { pluginConfig } from '../../core/plugin-config';
import { bearerKey } from '../../core/request-auth';
import { SERVED_FROM } from '../../public-reads/response-cache/middleware';
import { routeLabel } from './route-label';

export const METRICS_PATH = '/metrics';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** The scraper's bearer token, compared in constant time (digests of equal length). */
const allowed = (ctx: Context, token: string) => {
  const given = bearerKey(ctx.get('authorization')) ?? '';
  return timingSafeEqual(digest(given), digest(token));
};

/**
 * Times every request (by route pattern and status, whoever answered it) and answers
 * `GET /metrics` for a scraper with the token of `METRICS_TOKEN`; without a token set the path
 * is not there (404), with a wrong one it is 401.
 */
const metricsMiddleware = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const service = () => getService(strapi, 'metrics');

  const scrape = async (ctx: Context) => {
    const { token } = pluginConfig(strapi).metrics;
    ctx.set('Cache-Control', 'no-store');
    ctx.set('X-Content-Type-Options', 'nosniff');
    if (!token) {
      ctx.status = 404;
      ctx.body = {
        data: null,
        error: { status: 404, name: 'NotFoundError', message: 'Not Found' },
      };
      return;
    }
    if (!allowed(ctx, token)) {
      ctx.status = 401;
      ctx.set('WWW-Authenticate', 'Bearer realm="metrics"');
      ctx.body = {
        data: null,
        error: {
          status: 401,
          name: 'UnauthorizedError',
          message: 'Cần mã truy cập số liệu vận hành (METRICS_TOKEN) / Metrics token required',
        },
      };
      return;
    }
    ctx.type = service().contentType();
    ctx.body = await service().text();
  };

  return async (ctx: Context, next: Next) => {
    if (ctx.path === METRICS_PATH && ['GET', 'HEAD'].includes(ctx.method)) {
      return scrape(ctx);
    }
    const started = process.hrtime.bigint();
    let status = 500;
    try {
      await next();
      status = ctx.status;
    } finally {
      service().observe({
        method: ctx.method,
        route: routeLabel(strapi, ctx),
        status,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        cache: ctx.response.get(SERVED_FROM) || undefined,
      });
    }
  };
};

export default metricsMiddleware;
