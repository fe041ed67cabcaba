import { errors } from '@strapi/utils';
import type { Core, UID } from '@strapi/strapi';
import { getService } from '../../core/get-service';
import { findCurrentRow } from '../../core/current-row';
import { toSlug, type SlugField } from '../services/slug';
import { slugVisibility, type SlugVisibility } from '../slug-visibility';
import { writeParams, type DocumentMiddlewareFactory } from '../../core/document-middleware';
import { rowsOf } from '../../core/rows';

const SLUG_ACTIONS = new Set(['create', 'update', 'clone', 'publish']);

/** Two drafts may share a slug (neither author could see the other's); the first published keeps it. */
const refusePublishedTwice = async (
  strapi: Core.Strapi,
  uid: UID.ContentType,
  fields: SlugField[],
  documentId: string | undefined
) => {
  if (!documentId) {
    return;
  }
  const draft = await findCurrentRow(strapi, uid, documentId, {
    select: fields.map(({ field }) => field),
  });
  for (const { field } of fields) {
    const slug = draft?.[field];
    if (typeof slug !== 'string' || slug === '') {
      continue;
    }
    const clash = await rowsOf(strapi, uid).findOne({
      select: ['id'],
      where: { [field]: slug, documentId: { $ne: documentId }, publishedAt: { $notNull: true } },
    });
    if (clash) {
      throw new errors.ValidationError(
        `Đường dẫn (slug) "${slug}" đã được dùng cho một mục khác đã xuất bản; hãy đổi đường dẫn (hoặc để trống để tự sinh) rồi xuất bản lại.`,
        { errors: [{ path: [field], message: 'slug already published', name: 'ValidationError' }] }
      );
    }
  }
};

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

interface SlugWrite {
  strapi: Core.Strapi;
  uid: UID.ContentType;
  action: string;
  data: Record<string, unknown>;
  documentId: string | undefined;
  /** The document the slug may already belong to: none for a create or a clone. */
  ownDocumentId: string | undefined;
  visibility: SlugVisibility | null;
}

/** A slug the author wrote: cleaned, and refused when invalid or taken (a clone gets a free one). */
const writtenSlug = async (write: SlugWrite, field: string, provided: string) => {
  const slugs = getService(write.strapi, 'slug');
  const slug = toSlug(provided);
  if (!slug) {
    throw new errors.ValidationError(`Đường dẫn (slug) "${provided}" không hợp lệ.`, {
      errors: [{ path: [field], message: 'invalid slug', name: 'ValidationError' }],
    });
  }
  if (write.action === 'clone') {
    return slugs.uniqueSlug(write.uid, field, slug, undefined, write.visibility);
  }
  if (await slugs.isTaken(write.uid, field, slug, write.ownDocumentId, write.visibility)) {
    throw new errors.ValidationError(
      `Đường dẫn (slug) "${slug}" đã được dùng cho một mục khác cùng loại; hãy chọn đường dẫn khác hoặc để trống để tự sinh.`,
      { errors: [{ path: [field], message: 'slug already taken', name: 'ValidationError' }] }
    );
  }
  return slug;
};

/** A slug made from the source text (the request's or the stored one); none without a text. */
const generatedSlug = async (write: SlugWrite, field: string, target: string) => {
  let source = write.data[target];
  if (isBlank(source) && write.documentId) {
    const row = await findCurrentRow(write.strapi, write.uid, write.documentId, {
      select: [target],
    });
    source = row?.[target];
  }
  if (typeof source !== 'string' || source.trim() === '') {
    return undefined; // a draft may have no title yet; publish enforces required fields
  }
  const base = toSlug(source);
  return base
    ? getService(write.strapi, 'slug').uniqueSlug(
        write.uid,
        field,
        base,
        write.ownDocumentId,
        write.visibility
      )
    : undefined;
};

/**
 * Fills every `uid` field that has a `targetField` (the slug) from its source text when it is
 * left empty, makes it unique within the type, and refuses a hand-written slug another
 * document already uses. A slug, once set, does not follow later title edits: links stay stable.
 * For an admin user "another document" means one they may read or a published one, so that a
 * slug never tells them about another unit's draft; publishing refuses a slug already published.
 */
const slugMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  if (!SLUG_ACTIONS.has(ctx.action) || !ctx.uid.startsWith('api::')) {
    return next();
  }
  const fields = getService(strapi, 'slug').slugFieldsOf(ctx.contentType);
  if (fields.length === 0) {
    return next();
  }
  const uid = ctx.uid;
  const params = writeParams(ctx);
  if (ctx.action === 'publish') {
    await refusePublishedTwice(strapi, uid, fields, params.documentId);
    return next();
  }
  const write: SlugWrite = {
    strapi,
    uid,
    action: ctx.action,
    data: (params.data ??= {}),
    documentId: params.documentId,
    // A clone is a new document: the source's documentId must not count as its own.
    ownDocumentId: ctx.action === 'update' ? params.documentId : undefined,
    visibility: slugVisibility(strapi, uid),
  };
  for (const { field, target } of fields) {
    const provided = write.data[field];
    if (ctx.action === 'update' && !(field in write.data)) {
      continue;
    }
    if (typeof provided === 'string' && provided.trim() !== '') {
      write.data[field] = await writtenSlug(write, field, provided);
      continue;
    }
    if (!isBlank(provided) && typeof provided !== 'string') {
      continue; // let Strapi's own validation refuse a non-string slug
    }
    const slug = await generatedSlug(write, field, target);
    if (slug) {
      write.data[field] = slug;
    }
  }
  return next();
};

export default slugMiddleware;
