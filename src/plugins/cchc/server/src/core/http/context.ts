import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { RequestAuth } from '../request-auth';

/** What Strapi leaves on `ctx.state` for the plugin's handlers (Koa types it `any`). */
export interface RequestState {
  user?: { id: number | string; roles?: Array<{ code?: string }> };
  userAbility?: unknown;
  auth?: RequestAuth;
  requestId?: string;
  route?: { info?: { type?: string } };
  /** a JSON body the input guard parsed for a route whose own parser does not run first */
  cchcJsonBody?: unknown;
}

/**
 * Koa's context as the plugin's controllers, policies and middlewares read it: the query and
 * the request body are `unknown` input until validated at the edge, route params are strings,
 * the state is what Strapi fills in. Every Koa context is one, so Strapi hands it over as is.
 */
export type HttpContext = Omit<Context, 'state' | 'query' | 'params' | 'request'> & {
  state: RequestState;
  query: Record<string, unknown>;
  params: Record<string, string>;
  request: Omit<Context['request'], 'body' | 'query'> & {
    body?: unknown;
    query: Record<string, unknown>;
  };
};

/**
 * The state of the request being answered, or undefined outside a request. `State` names the
 * plugin's own marks a feature reads there beside Strapi's fields.
 */
export const requestState = <State extends object = object>(
  strapi: Core.Strapi
): (RequestState & Partial<State>) | undefined => strapi.requestContext.get()?.state;
