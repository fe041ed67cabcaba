import type { Schema } from '@strapi/strapi';
import { attributesOf } from '../utils/plugin-options';
import { estimateSpoken } from '../utils/spoken-vietnamese';
import { writeParams, type DocumentMiddlewareFactory } from './types';

/** A type that carries a read-aloud text and the estimate of its reading time. */
export const AIRTIME = { text: 'script', estimate: 'estimatedSeconds' } as const;

export const hasAirtime = (model: Schema.ContentType) => {
  const attributes = attributesOf(model);
  return AIRTIME.text in attributes && AIRTIME.estimate in attributes;
};

/**
 * Keeps a script's estimated reading time in step with its text at every save; the estimate is
 * never taken from a request.
 */
const airtimeMiddleware: DocumentMiddlewareFactory = () => async (ctx, next) => {
  const { data } = writeParams(ctx);
  if (
    !['create', 'update', 'clone'].includes(ctx.action) ||
    !data ||
    !hasAirtime(ctx.contentType)
  ) {
    return next();
  }
  delete data[AIRTIME.estimate];
  const text = data[AIRTIME.text];
  if (typeof text === 'string') {
    data[AIRTIME.estimate] = estimateSpoken(text).seconds;
  } else if (text === null) {
    data[AIRTIME.estimate] = null;
  }
  return next();
};

export default airtimeMiddleware;
