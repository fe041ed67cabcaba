import { errors } from '@strapi/utils';
import type { UID } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { findCurrentRow } from '../utils/current-row';
import { toSlug } from '../services/slug';
import { writeParams, type DocumentMiddlewareFactory } from './types';

const SLUG_ACTIONS = new Set(['create', 'update', 'clone']);

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/**
 * Fills every `uid` field that has a `targetField` (the slug) from its source text when it is
 * left empty, makes it unique within the type, and refuses a hand-written slug another
 * document already uses. A slug, once set, does not follow later title edits: links stay stable.
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

  const params = writeParams(ctx);
  const data = (params.data ??= {});
  const uid = ctx.uid as UID.ContentType;
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
        data[field] = await slugs.uniqueSlug(uid, field, slug);
        continue;
      }
      if (await slugs.isTaken(uid, field, slug, ownDocumentId)) {
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
      data[field] = await slugs.uniqueSlug(uid, field, base, ownDocumentId);
    }
  }
  return next();
};

export default slugMiddleware;
