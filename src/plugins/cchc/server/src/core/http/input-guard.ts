import { checkInput, checkQuery, checkQueryString } from '../input-shape';
import { decodeUtf8, readBody, replayRequest } from '../strict-body';
import type { HttpContext } from './context';

interface InputGuardConfig {
  /** Largest JSON or text body read, in bytes (Strapi's and the GraphQL parser's default). */
  limit?: number;
}

const TEXT_TYPES = [
  'json',
  '+json',
  'application/csp-report',
  'urlencoded',
  'text/*',
  'application/graphql',
];
const BODY_METHODS = ['POST', 'PUT', 'PATCH'];

const parsedJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // the body parser answers broken JSON with its own 400
  }
};

/**
 * Checks every request's input at the edge, before Strapi parses the body, for every route
 * (REST, GraphQL, admin): query and JSON keys named after Object.prototype members, nesting too
 * deep, filter grammar that the query builder would fail on, and text bodies that are not valid
 * UTF-8 (which the parsers would otherwise store with U+FFFD). Goes between `strapi::query` and
 * `strapi::body` in config/middlewares.ts.
 */
const inputGuard = (config: InputGuardConfig = {}) => {
  const limit = config.limit ?? 1024 * 1024;
  return async (ctx: HttpContext, next: () => Promise<unknown>) => {
    checkQueryString(ctx.querystring);
    checkQuery(ctx.query);
    if (BODY_METHODS.includes(ctx.method) && ctx.is(TEXT_TYPES)) {
      const body = await readBody(ctx.req, limit);
      if (body) {
        const text = decodeUtf8(body);
        if (ctx.is(['json', '+json', 'application/csp-report'])) {
          const json = parsedJson(text);
          checkInput(json, 'body');
          // kept for the response cache, which reads a GraphQL query before its own parser runs
          ctx.state.cchcJsonBody = json;
        }
        ctx.req = ctx.request.req = replayRequest(ctx.req, body);
      }
    }
    return next();
  };
};

export default inputGuard;
