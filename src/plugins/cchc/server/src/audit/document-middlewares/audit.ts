import { errors } from '@strapi/utils';
import {
  AUDIT_UID,
  DELIVERY_UID,
  JOB_UID,
  SOCIAL_POST_UID,
  SPEECH_JOB_UID,
} from '../../core/constants';
import { getService } from '../../core/get-service';
import type { AuditAction } from '../services/audit';
import { writeParams, type DocumentMiddlewareFactory } from '../../core/document-middleware';

const AUDITED: Record<string, AuditAction> = {
  create: 'create',
  clone: 'create',
  update: 'update',
  delete: 'delete',
  publish: 'publish',
  unpublish: 'unpublish',
  discardDraft: 'discard',
};

/** Records only the system writes (through the query engine), never a person or a token. */
const SYSTEM_RECORDS = new Set<string>([
  AUDIT_UID,
  JOB_UID,
  SOCIAL_POST_UID,
  DELIVERY_UID,
  SPEECH_JOB_UID,
]);

/**
 * Records every write to audited types in the same transaction as the write (registered last,
 * so it wraps only writes the other rules let through), and refuses any write to the trail.
 */
const auditMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  if (SYSTEM_RECORDS.has(ctx.uid) && ctx.action in AUDITED) {
    throw new errors.PolicyError(
      'Bản ghi này do hệ thống tự ghi (nhật ký, lịch hẹn giờ, hàng đợi, nhật ký gửi webhook); không thêm, sửa, xóa bằng tay.'
    );
  }
  const action = AUDITED[ctx.action];
  const audit = getService(strapi, 'audit');
  if (!action || !audit.isAudited(ctx.uid) || !audit.enabled()) {
    return next();
  }
  const uid = ctx.uid;
  const { data, documentId } = writeParams(ctx);
  const touched = Object.keys(data ?? {});
  return strapi.db.transaction(async () => {
    const before =
      documentId && ctx.action !== 'clone' ? await audit.snapshot(uid, documentId, touched) : null;
    const result = await next();
    const resultId = (result as { documentId?: string } | null)?.documentId;
    const targetId = ctx.action === 'clone' ? resultId : (documentId ?? resultId);
    if (!targetId || (action !== 'create' && !before)) {
      return result;
    }
    const after = action === 'delete' ? null : await audit.snapshot(uid, targetId, touched);
    const diff =
      action === 'create' || action === 'update'
        ? audit.diff(ctx.contentType, before, after, data ?? {})
        : undefined;
    if (action === 'update' && diff?.changedFields.length === 0) {
      return result; // a save that changed nothing (the content manager saves before it publishes)
    }
    await audit.record({
      action,
      contentType: uid,
      documentId: targetId,
      row: after ?? before,
      ...diff,
    });
    return result;
  });
};

export default auditMiddleware;
