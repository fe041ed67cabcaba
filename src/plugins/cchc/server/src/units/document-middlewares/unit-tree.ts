import { errors } from '@strapi/utils';
import { getService } from '../../core/get-service';
import { unitUidOf } from '../../core/plugin-config';
import { resolveRowId, toOneChange } from '../../core/relation-input';
import { rowsOf } from '../../core/rows';
import { writeParams, type DocumentMiddlewareFactory } from '../../core/document-middleware';

/**
 * Keeps the units' materialised paths true to their parent links, refuses a parent that
 * would close a cycle, and refuses to delete a unit that still has units under it.
 */
const unitTreeMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  const unitUid = unitUidOf(strapi);
  if (ctx.uid !== unitUid || !['create', 'update', 'delete'].includes(ctx.action)) {
    return next();
  }
  const tree = getService(strapi, 'unit-tree');
  const { data, documentId } = writeParams(ctx);
  const ownId = documentId ? await resolveRowId(strapi, unitUid, { documentId }) : null;

  if (ctx.action === 'delete') {
    if (ownId !== null) {
      const children = await rowsOf(strapi, unitUid).count({ where: { parent: { id: ownId } } });
      if (children > 0) {
        throw new errors.ValidationError(
          `Đơn vị còn ${children} đơn vị trực thuộc: hãy chuyển hoặc xóa các đơn vị đó trước.`
        );
      }
    }
    return next();
  }

  const parentChange = toOneChange(data, 'parent');
  if (ctx.action === 'update' && ownId !== null && parentChange.kind === 'set') {
    const parentId = await resolveRowId(strapi, unitUid, parentChange.ref);
    if (parentId !== null && (await tree.wouldCycle(ownId, parentId))) {
      throw new errors.ValidationError(
        'Đơn vị cấp trên không thể là chính đơn vị này hoặc một đơn vị trực thuộc nó.',
        {
          errors: [
            { path: ['parent'], message: 'parent would create a cycle', name: 'ValidationError' },
          ],
        }
      );
    }
  }

  const result = await next();
  const placedId = (result as { id?: number } | null)?.id ?? ownId;
  if (placedId && (ctx.action === 'create' || parentChange.kind !== 'unchanged')) {
    await tree.place(placedId);
  }
  return result;
};

export default unitTreeMiddleware;
