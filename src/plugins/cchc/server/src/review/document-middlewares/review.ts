import { errors } from '@strapi/utils';
import type { Core, UID } from '@strapi/strapi';
import { REVIEW_FIELDS, type ReviewStage } from '../../core/constants';
import { getService } from '../../core/get-service';
import { publishingDocuments } from '../publishing';
import { STAGE_LABELS, stageOf, type Row } from '../stages';
import {
  writeParams,
  type DocumentContext,
  type DocumentMiddleware,
  type DocumentMiddlewareFactory,
  type WriteParams,
} from '../../core/document-middleware';

/** Fields only the review workflow sets; requests cannot. */
const STAGE_FIELDS = [REVIEW_FIELDS.stage, REVIEW_FIELDS.stageAt];
/** Changing these does not undo an approval: the reviewer approved the content, not its timing. */
const NOT_CONTENT = new Set<string>([
  ...STAGE_FIELDS,
  REVIEW_FIELDS.publishAt,
  REVIEW_FIELDS.unpublishAt,
]);

interface PublishingParams {
  status?: string;
  locale?: string;
  populate?: unknown;
  fields?: unknown;
}

const notApproved = (stage: ReviewStage) => {
  const message = `Chỉ xuất bản được nội dung đã duyệt; nội dung này đang ở bước «${STAGE_LABELS[stage]}». Hãy gửi duyệt và chờ người duyệt đồng ý.`;
  // Strapi's error shape: the admin maps `details.errors` onto fields and reads no other details
  return new errors.ValidationError(message, {
    errors: [{ path: [REVIEW_FIELDS.stage], message, name: 'ValidationError', value: stage }],
  });
};

type Next = Parameters<DocumentMiddleware>[1];
type Written = Awaited<ReturnType<Next>>;

/** The stage is never taken from a request; a clone starts over as a draft. */
const cleanWrite = (strapi: Core.Strapi, action: string, params: WriteParams) => {
  if (params.data && strapi.requestContext.get()) {
    for (const field of STAGE_FIELDS) {
      delete params.data[field];
    }
  }
  if (action === 'clone') {
    params.data = {
      ...params.data,
      [REVIEW_FIELDS.stage]: 'draft',
      [REVIEW_FIELDS.stageAt]: null,
      [REVIEW_FIELDS.publishAt]: null,
      [REVIEW_FIELDS.unpublishAt]: null,
    };
  }
};

const publishAfter = async (
  strapi: Core.Strapi,
  uid: UID.ContentType,
  publishing: PublishingParams,
  documentId: string
) => {
  const published = await publishingDocuments(strapi, uid).publish({
    documentId,
    locale: publishing.locale,
    populate: publishing.populate,
    fields: publishing.fields,
  });
  return published.entries[0] as Written;
};

interface ApprovedEdit {
  uid: UID.ContentType;
  documentId: string;
  current: Row;
  data: Record<string, unknown>;
  wantsPublish: boolean;
  publishing: PublishingParams;
}

/** An edit of approved content: when it changes the content, the document goes back to Nháp. */
const editApproved = (strapi: Core.Strapi, ctx: DocumentContext, next: Next, edit: ApprovedEdit) =>
  strapi.db.transaction(async () => {
    const { uid, documentId } = edit;
    const audit = getService(strapi, 'audit');
    const content = Object.fromEntries(
      Object.entries(edit.data).filter(([field]) => !NOT_CONTENT.has(field))
    );
    const touched = Object.keys(content);
    const before = touched.length > 0 ? await audit.snapshot(uid, documentId, touched) : null;
    const result = await next();
    if (before) {
      const after = await audit.snapshot(uid, documentId, touched);
      const { changedFields } = audit.diff(ctx.contentType, before, after, content);
      if (changedFields.length > 0) {
        await getService(strapi, 'review').markEdited(uid, edit.current);
        if (edit.wantsPublish) {
          throw notApproved('draft');
        }
      }
    }
    return edit.wantsPublish ? publishAfter(strapi, uid, edit.publishing, documentId) : result;
  });

/**
 * The review gate: a publish (from the admin, REST or GraphQL, `status: 'published'`
 * included) needs the draft to be approved, the stage is never taken from a request, a clone
 * starts over as a draft, and an edit of approved content sends it back to Nháp.
 */
const reviewMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  const review = getService(strapi, 'review');
  if (!review.isReviewed(ctx.uid)) {
    return next();
  }
  const uid = ctx.uid;
  const params = writeParams(ctx);
  const publishing = ctx.params as PublishingParams;
  cleanWrite(strapi, ctx.action, params);
  if (ctx.action === 'publish') {
    const row = await review.current(uid, params.documentId ?? '');
    if (row && stageOf(row) !== 'approved') {
      throw notApproved(stageOf(row));
    }
    return next();
  }
  if (ctx.action !== 'create' && ctx.action !== 'update') {
    return next();
  }
  const wantsPublish = publishing.status === 'published';
  // Publishing in the same call as the write goes through a real publish afterwards, so that
  // it meets the gate above and is audited as a publish.
  delete publishing.status;
  if (ctx.action === 'create') {
    return wantsPublish
      ? strapi.db.transaction(async () => {
          const created = (await next()) as { documentId: string };
          return publishAfter(strapi, uid, publishing, created.documentId);
        })
      : next();
  }
  const documentId = params.documentId ?? '';
  const current = await review.current(uid, documentId);
  const stage = stageOf(current);
  if (wantsPublish && current && stage !== 'approved') {
    throw notApproved(stage);
  }
  if (!current || stage !== 'approved') {
    return next();
  }
  return editApproved(strapi, ctx, next, {
    uid,
    documentId,
    current,
    data: params.data ?? {},
    wantsPublish,
    publishing,
  });
};

export default reviewMiddleware;
