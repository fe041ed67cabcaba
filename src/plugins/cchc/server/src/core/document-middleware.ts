import type { Core, Modules } from '@strapi/strapi';

export type DocumentMiddleware = Modules.Documents.Middleware.Middleware;
export type DocumentContext = Parameters<DocumentMiddleware>[0];
export type DocumentMiddlewareFactory = (strapi: Core.Strapi) => DocumentMiddleware;

/** The parts of write params the plugin's middlewares read and amend. */
export interface WriteParams {
  data?: Record<string, unknown>;
  documentId?: string;
  /** `published` on an update also publishes it (inside Strapi's write, past the middlewares) */
  status?: string;
}

export const writeParams = (ctx: DocumentContext): WriteParams => ctx.params as WriteParams;
