import { errors } from '@strapi/utils';
import type { Core, UID } from '@strapi/strapi';
import { getService } from '../../core/get-service';
import { findCurrentRow } from '../../core/current-row';
import { toSlug, type SlugField } from '../services/slug';
import { slugVisibility } from '../slug-visibility';
import { writeParams, type DocumentMiddlewareFactory } from '../../core/document-middleware';

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
    const clash = await strapi.db.query(uid).findOne({
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
  const slugs = getService(strapi, 'slug');
  const fields = slugs.slugFieldsOf(ctx.contentType);
  if (fields.length === 0) {
    return next();
  }

  const uid = ctx.uid as UID.ContentType;
  if (ctx.action === 'publish') {
    await refusePublishedTwice(strapi, uid, fields, writeParams(ctx).documentId);
    return next();
  }
  const params = writeParams(ctx);
  const data = (params.data ??= {});
  const visibility = slugVisibility(strapi, uid);
  // A clone is a new document: the source's documentId must not count as its own.
  const ownDocumentId = ctx.action === 'update' ? params.documentId : undefined;

  for (const { field, target } of fields) {
    const provided = data[field];
    if (ctx.action === 'update' && !(field in data)) {
      continue;
    }

    if (typeof provided === 'string' && provided.trim() !== '') {
      const slug = toSlug(provided);
      if (!slug) {
        throw new errors.ValidationError(`Đường dẫn (slug) "${provided}" không hợp lệ.`, {
          errors: [{ path: [field], message: 'invalid slug', name: 'ValidationError' }],
        });
      }
      if (ctx.action === 'clone') {
        data[field] = await slugs.uniqueSlug(uid, field, slug, undefined, visibility);
        continue;
      }
      if (await slugs.isTaken(uid, field, slug, ownDocumentId, visibility)) {
        throw new errors.ValidationError(
          `Đường dẫn (slug) "${slug}" đã được dùng cho một mục khác cùng loại; hãy chọn đường dẫn khác hoặc để trống để tự sinh.`,
          { errors: [{ path: [field], message: 'slug already taken', name: 'ValidationError' }] }
        );
      }
      data[field] = slug;
      continue;
    }

    if (!isBlank(provided) && typeof provided !== 'string') {
      continue; // let Strapi's own validation refuse a non-string slug
    }

    let source = data[target];
    if (isBlank(source) && params.documentId) {
      const row = await findCurrentRow(strapi, uid, params.documentId, { select: [target] });
      source = row?.[target];
    }
    if (typeof source !== 'string' || source.trim() === '') {
      continue; // a draft may have no title yet; publish enforces required fields
    }
    const base = toSlug(source);
    if (base) {
      data[field] = await slugs.uniqueSlug(uid, field, base, ownDocumentId, visibility);
    }
  }
  return next();
};

export default slugMiddleware;
