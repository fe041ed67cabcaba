import { getService } from '../utils/get-service';
import { writeParams, type DocumentMiddlewareFactory } from './types';

const ITEM = 'api::rundown-item.rundown-item';
/** Filled in from the station and the script; never taken from a request. */
const DERIVED = ['title', 'plannedSeconds', 'startsAt', 'unit'];

/** Every write to a rundown item is checked against its station's windows and neighbours. */
const rundownMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  if (ctx.uid !== ITEM || (ctx.action !== 'create' && ctx.action !== 'update')) {
    return next();
  }
  const params = writeParams(ctx);
  const data = (params.data ??= {});
  for (const field of DERIVED) {
    delete data[field];
  }
  const rundown = getService(strapi, 'rundown');
  const groups = await rundown.plan(data, params.documentId);
  return strapi.db.transaction(async () => {
    const result = await next();
    for (const group of groups) {
      await rundown.restack(group);
    }
    return result;
  });
};

export default rundownMiddleware;
