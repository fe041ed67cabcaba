import { REVIEW_FIELDS } from '../../core/constants';
import { getService } from '../../core/get-service';
import { withZone } from '../../core/local-time';
import { pluginConfig } from '../../core/plugin-config';
import { rowsOf } from '../../core/rows';
import { writeParams, type DocumentMiddlewareFactory } from '../../core/document-middleware';

const SCHEDULE_FIELDS = [REVIEW_FIELDS.publishAt, REVIEW_FIELDS.unpublishAt];
/** Writes after which the document's scheduled jobs may need to change. */
const SYNCED = new Set([
  'create',
  'update',
  'clone',
  'delete',
  'publish',
  'unpublish',
  'discardDraft',
]);
/** A publish carries out `publishAt`, an unpublish `unpublishAt`: the time is spent. */
const SPENT: Record<string, string> = {
  publish: REVIEW_FIELDS.publishAt,
  unpublish: REVIEW_FIELDS.unpublishAt,
};

const timed = (row: Record<string, unknown> | null) =>
  SCHEDULE_FIELDS.some((field) => Boolean(row?.[field]));

/**
 * Reads `publishAt` / `unpublishAt` given without an offset in the configured time zone, and
 * keeps the scheduler's jobs in step with every write, in the write's transaction.
 */
const scheduleMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  const review = getService(strapi, 'review');
  if (!SYNCED.has(ctx.action) || !review.isReviewed(ctx.uid)) {
    return next();
  }
  const uid = ctx.uid;
  const params = writeParams(ctx);
  if (params.data) {
    const { timeZone } = pluginConfig(strapi);
    for (const field of SCHEDULE_FIELDS) {
      if (field in params.data) {
        params.data[field] = withZone(params.data[field], timeZone);
      }
    }
  }
  // open jobs exist only for a draft with a time (every synced write cancels the others), so an
  // update that leaves the draft without one has nothing to sync
  const untimedUpdate =
    ctx.action === 'update' && !SCHEDULE_FIELDS.some((f) => f in (params.data ?? {}))
      ? params.documentId
      : undefined;
  return strapi.db.transaction(async () => {
    const untimed = untimedUpdate && !timed(await review.current(uid, untimedUpdate));
    const result = await next();
    if (untimedUpdate && untimed && !timed(await review.current(uid, untimedUpdate))) {
      return result;
    }
    const documentId =
      ctx.action === 'clone' || !params.documentId
        ? (result as { documentId?: string } | null)?.documentId
        : params.documentId;
    if (!documentId) {
      return result;
    }
    const spent = SPENT[ctx.action];
    if (spent) {
      await rowsOf(strapi, uid).updateMany({ where: { documentId }, data: { [spent]: null } });
    }
    await getService(strapi, 'scheduler').sync(uid, documentId);
    return result;
  });
};

export default scheduleMiddleware;
