import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { getService } from '../../core/get-service';
import { graphqlEndpoint } from '../../core/http/graphql-endpoint';
import { messageOf } from '../../core/error-message';
import { isRecord } from '../../core/input-shape';
import { pluginConfig } from '../../core/plugin-config';
import { callerOf, type Caller } from './caller';
import { isFresh } from './freshness';
import { isQueryOperation } from './graphql-operation';
import { isUncacheable } from './marks';
import { requestKey, type KeyedRequest } from './request-key';
import { dependenciesOf } from './scopes';
import { createAnswerStore, type AnswerStore, type CachedAnswer } from './store';
import type { HttpContext } from '../../core/http/context';

type Next = () => Promise<unknown>;

export const SERVED_FROM = 'X-Cache';
/** How long a request waits for the same request already being answered on this node. */
const COALESCE_MS = 5000;

const header = (ctx: HttpContext, name: string) => {
  const value = ctx.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
};

const bodyText = (body: unknown): string | null => {
  if (typeof body === 'string') {
    return body;
  }
  if (body === null || body === undefined || Buffer.isBuffer(body)) {
    return null;
  }
  if (typeof (body as { pipe?: unknown }).pipe === 'function') {
    return null;
  }
  return JSON.stringify(body);
};

const hasGraphqlErrors = (text: string) => {
  try {
    return Array.isArray((JSON.parse(text) as { errors?: unknown }).errors);
  } catch {
    return true;
  }
};

const cacheControlFor = (caller: Caller, maxAge: number) =>
  caller.shared ? `public, max-age=${maxAge}, must-revalidate` : 'private, no-cache';

/** Sends the answer, or a 304 when the client's copy is the same. */
const answer = (ctx: HttpContext, stored: CachedAnswer, served: 'hit' | 'miss') => {
  ctx.set('ETag', stored.etag);
  if (stored.lastModified) {
    ctx.set('Last-Modified', stored.lastModified);
  }
  if (stored.cacheControl) {
    ctx.set('Cache-Control', stored.cacheControl);
  }
  ctx.set('Vary', 'Authorization');
  ctx.set(SERVED_FROM, served);
  const lastModified = stored.lastModified ? new Date(stored.lastModified) : undefined;
  if (isFresh(ctx.headers, stored.etag, lastModified)) {
    ctx.status = 304;
    ctx.body = null;
    return;
  }
  ctx.status = 200;
  ctx.type = stored.type;
  ctx.body = stored.body;
};

/** The GraphQL query a request carries; null for a mutation, a subscription or bad input. */
const operationOf = (ctx: HttpContext): KeyedRequest['operation'] | null => {
  const body = ctx.request.body ?? ctx.state.cchcJsonBody;
  const source = ctx.method === 'POST' ? body : ctx.query;
  if (!isRecord(source)) {
    return null;
  }
  const { query, operationName } = source;
  let { variables } = source;
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables);
    } catch {
      return null;
    }
  }
  return typeof query === 'string' && isQueryOperation(query, operationName)
    ? { query, variables, operationName }
    : null;
};

/** The caller and the cache key of a request; null when the caller's answers are not shared. */
const keyOf = async (
  strapi: Core.Strapi,
  ctx: HttpContext,
  operation: KeyedRequest['operation'] | undefined
): Promise<{ key: string; caller: Caller } | null> => {
  const caller = await callerOf(strapi, header(ctx, 'authorization'));
  if (!caller) {
    return null;
  }
  const isGraphql = operation !== undefined;
  const depends = dependenciesOf(strapi, isGraphql ? '' : ctx.path, ctx.query);
  const versions = await getService(strapi, 'content-version').fingerprint(depends.scopes);
  const key = requestKey({
    caller: caller.key,
    origin: depends.origin ? ctx.origin : '',
    path: ctx.path,
    query: isGraphql ? {} : ctx.query,
    operation,
    accept: isGraphql ? header(ctx, 'accept') : undefined,
    versions: versions.text,
  });
  return { key, caller };
};

/** The answer just rendered, as the store keeps it; null when it must not be shared. */
const storableAnswer = (
  ctx: HttpContext,
  caller: Caller,
  isGraphql: boolean,
  maxAge: number
): CachedAnswer | null => {
  const text = ctx.status === 200 && !isUncacheable(ctx.state) ? bodyText(ctx.body) : null;
  if (
    text === null ||
    ctx.response.get('Set-Cookie') ||
    // Apollo marks every answer no-store by default; a controller's no-store or private holds
    (!isGraphql && /no-store|private/.test(ctx.response.get('Cache-Control'))) ||
    (isGraphql && hasGraphqlErrors(text))
  ) {
    return null;
  }
  return {
    type: ctx.response.get('Content-Type') || 'application/json; charset=utf-8',
    body: text,
    etag:
      ctx.response.get('ETag') ||
      `"${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`,
    lastModified: ctx.response.get('Last-Modified') || undefined,
    cacheControl:
      (caller.shared && !isGraphql && ctx.response.get('Cache-Control')) ||
      cacheControlFor(caller, maxAge),
  };
};

/** The answer another request on this node is rendering for the same key, once it is ready. */
const sameAnswer = async (
  inFlight: Map<string, Promise<void>>,
  cache: AnswerStore,
  key: string
) => {
  const pending = inFlight.get(key);
  if (!pending) {
    return null;
  }
  await Promise.race([pending, new Promise((resolve) => setTimeout(resolve, COALESCE_MS))]);
  return cache.get(key);
};

/**
 * The shared cache of public answers. GET (and HEAD) of the Content API and GraphQL queries by
 * Public, read-only API tokens and site tokens are answered from a store keyed by the request,
 * the caller's class and the content versions the answer depends on; every publish, unpublish,
 * published edit and change to reference data or to Public's permissions replaces a version in
 * its own transaction, so no answer outlives what it shows. An answer that read drafts, an
 * error, or anything another caller may not see is never stored.
 */
const responseCacheMiddleware = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const settings = () => pluginConfig(strapi).reads.responseCache;
  let store: AnswerStore | null = null;
  const storeOf = () => {
    store ??= createAnswerStore(strapi, {
      maxBytes: settings().maxMegabytes * 1024 * 1024,
      redisTtlSeconds: settings().redisTtlSeconds,
    });
    return store;
  };
  const inFlight = new Map<string, Promise<void>>();
  const graphqlPath = graphqlEndpoint(strapi);

  return async (ctx: HttpContext, next: Next) => {
    const isGraphql = graphqlPath !== null && ctx.path === graphqlPath;
    const readsContent = ctx.path.startsWith('/api/') && ['GET', 'HEAD'].includes(ctx.method);
    const readsGraph = isGraphql && ['GET', 'HEAD', 'POST'].includes(ctx.method);
    if (!settings().enabled || (!readsContent && !readsGraph)) {
      return next();
    }
    const operation = isGraphql ? operationOf(ctx) : undefined;
    if (operation === null) {
      return next();
    }
    let keyed: Awaited<ReturnType<typeof keyOf>>;
    try {
      keyed = await keyOf(strapi, ctx, operation);
    } catch (error) {
      // the database or a token lookup failed: the request's own way answers (503 in an outage)
      strapi.log.debug(`Response cache skipped: ${messageOf(error)}`);
      return next();
    }
    if (!keyed) {
      return next();
    }
    const { key, caller } = keyed;
    const cache = storeOf();
    const known = (await cache.get(key)) ?? (await sameAnswer(inFlight, cache, key));
    if (known) {
      return answer(ctx, known, 'hit');
    }
    let settle = () => undefined as void;
    inFlight.set(key, new Promise<void>((resolve) => (settle = resolve)));
    try {
      await next();
      const stored = storableAnswer(ctx, caller, isGraphql, settings().maxAgeSeconds);
      if (stored) {
        cache.set(key, stored);
        answer(ctx, stored, 'miss');
      }
    } finally {
      inFlight.delete(key);
      settle();
    }
  };
};

export default responseCacheMiddleware;
