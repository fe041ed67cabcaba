import type { Schema } from '@strapi/strapi';
import { attributesOf } from '../../core/plugin-options';
import { estimateSpoken } from '../spoken-vietnamese';
import { getService } from '../../core/get-service';
import { writeParams, type DocumentMiddlewareFactory } from '../../core/document-middleware';

/** A type that carries a read-aloud text and the estimate of its reading time. */
export const AIRTIME = { text: 'script', estimate: 'estimatedSeconds' } as const;

export const hasAirtime = (model: Schema.ContentType) => {
  const attributes = attributesOf(model);
  return AIRTIME.text in attributes && AIRTIME.estimate in attributes;
};

/**
 * Keeps a script's estimated reading time in step with its text at every save, and the rundowns
 * it is planned in; the estimate is never taken from a request.
 */
const airtimeMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  const { data, documentId } = writeParams(ctx);
  if (!hasAirtime(ctx.contentType)) {
    return next();
  }
  if (ctx.action === 'publish' && documentId) {
    return strapi.db.transaction(async () => {
      const result = await next();
      await getService(strapi, 'rundown').refreshScript(documentId);
      return result;
    });
  }
  if (!['create', 'update', 'clone'].includes(ctx.action) || !data) {
    return next();
  }
  delete data[AIRTIME.estimate];
  const text = data[AIRTIME.text];
  if (typeof text === 'string') {
    data[AIRTIME.estimate] = estimateSpoken(text).seconds;
  } else if (text === null) {
    data[AIRTIME.estimate] = null;
  }
  if (ctx.action !== 'update' || text === undefined || !documentId) {
    return next();
  }
  // the rundowns it is planned in follow the new length
  return strapi.db.transaction(async () => {
    const result = await next();
    await getService(strapi, 'rundown').refreshScript(documentId);
    return result;
  });
};

export default airtimeMiddleware;
