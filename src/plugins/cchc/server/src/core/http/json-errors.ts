import { STATUS_CODES } from 'node:http';
import type { HttpContext } from './context';

/**
 * An error status that nobody gave a body (an unknown admin route, a method a route does not
 * take...) answers with Strapi's JSON error shape instead of Koa's plain-text status line, so
 * that every client can read every error the same way. Goes right after `strapi::errors`.
 */
const jsonErrors = () => async (ctx: HttpContext, next: () => Promise<unknown>) => {
  await next();
  if (ctx.status >= 400 && (ctx.body === undefined || ctx.body === null) && ctx.method !== 'HEAD') {
    const status = ctx.status;
    const message = STATUS_CODES[status] ?? 'Error';
    ctx.body = {
      data: null,
      error: { status, name: `${message.replace(/[^A-Za-z]/g, '')}Error`, message, details: {} },
    };
    ctx.status = status;
  }
};

export default jsonErrors;
