import { errors } from '@strapi/utils';
import { APP_UIDS } from '../../core/constants';
import { getService } from '../../core/get-service';
import { callerMayRead } from '../readable-target';
import { toOneChange } from '../../core/relation-input';
import { writeParams, type DocumentMiddlewareFactory } from '../../core/document-middleware';

const ITEM = APP_UIDS.rundownItem;
const SCRIPT = APP_UIDS.broadcastScript;
const WRITES = ['create', 'update', 'clone'];
/** Filled in from the station and the script; never taken from a request. */
const DERIVED = ['title', 'plannedSeconds', 'startsAt', 'unit'];

/**
 * Every write to a rundown item (a copy too) is checked against its station's windows and
 * neighbours, and may only name a script the caller may read.
 */
const rundownMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  if (ctx.uid !== ITEM || !WRITES.includes(ctx.action)) {
    return next();
  }
  const params = writeParams(ctx);
  // before the plan reads the source: its window and neighbours are not for another unit's eyes
  if (
    ctx.action === 'clone' &&
    params.documentId &&
    !(await callerMayRead(strapi, ITEM, { documentId: params.documentId }))
  ) {
    throw new errors.NotFoundError('Không tìm thấy mục để nhân bản.');
  }
  const data = (params.data ??= {});
  for (const field of DERIVED) {
    delete data[field];
  }
  const script = toOneChange(data, 'script');
  if (script.kind === 'set' && !(await callerMayRead(strapi, SCRIPT, script.ref))) {
    throw new errors.ValidationError(
      'Không có chương trình đã chọn, hoặc tài khoản này không được xem chương trình đó: chỉ xếp được chương trình mình được xem.',
      { errors: [{ path: ['script'], message: 'script not readable', name: 'ValidationError' }] }
    );
  }
  const rundown = getService(strapi, 'rundown');
  const groups = await rundown.plan(data, params.documentId, ctx.action === 'clone');
  return strapi.db.transaction(async () => {
    const result = await next();
    for (const group of groups) {
      await rundown.restack(group);
    }
    return result;
  });
};

export default rundownMiddleware;
