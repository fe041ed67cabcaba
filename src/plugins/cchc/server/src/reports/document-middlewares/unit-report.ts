import { REPORT_UID } from '../../core/constants';
import { getService } from '../../core/get-service';
import { writeParams, type DocumentMiddlewareFactory } from '../../core/document-middleware';

/** A unit report's period, due date and counts are filled in on every save; its status is the flow's. */
const unitReportMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  if (ctx.uid !== REPORT_UID || (ctx.action !== 'create' && ctx.action !== 'update')) {
    return next();
  }
  await getService(strapi, 'reports').prepare(ctx.action, writeParams(ctx));
  return next();
};

export default unitReportMiddleware;
