import { errors } from '@strapi/utils';
import type { UID } from '@strapi/strapi';
import { MEMBERSHIP_UID } from '../../core/constants';
import { adminRequest, canOn } from '../../core/admin-ability';
import { findCurrentRow } from '../../core/current-row';
import { pluginConfig } from '../../core/plugin-config';
import { resolveRowId, toOneChange } from '../../core/relation-input';
import { writeParams, type DocumentMiddlewareFactory } from '../../core/document-middleware';

const outOfReach = (field: string) =>
  new errors.ValidationError(
    'Đơn vị sở hữu nằm ngoài phạm vi của tài khoản này: chọn đơn vị của mình hoặc đơn vị cấp dưới.',
    {
      errors: [
        { path: [field], message: 'owning unit outside your reach', name: 'ValidationError' },
      ],
    }
  );

/**
 * Admin RBAC conditions check a document as it is stored, not where a write would put it.
 * For unit-owned types this middleware checks the target unit on create, update and clone,
 * fills in the author's unit when none is given, refuses to clone what the user cannot read,
 * and keeps users who may not publish from deleting published content.
 */
const unitScopeMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  const { scopedTypes, unitUid } = pluginConfig(strapi);
  const field = scopedTypes[ctx.uid];
  if (!field || !['create', 'update', 'clone', 'delete'].includes(ctx.action)) {
    return next();
  }
  const request = adminRequest(strapi);
  if (!request || request.isSuperAdmin) {
    return next();
  }
  const { ability, user } = request;
  const uid = ctx.uid as UID.ContentType;
  const params = writeParams(ctx);
  const data = (params.data ??= {});
  const entityIn = (unitId: number | null) => ({
    [field]: unitId === null ? null : { id: unitId },
  });
  /** The owner of the stored document (its draft when it has one); undefined when none exists. */
  const storedUnit = async (documentId: string): Promise<number | null | undefined> => {
    const row = await findCurrentRow(strapi, uid, documentId, {
      populate: { [field]: { select: ['id'] } },
    });
    return row ? ((row[field] as { id: number } | null)?.id ?? null) : undefined;
  };

  if (ctx.action === 'delete') {
    // only types with drafts can be "published" (Strapi 5 stamps publishedAt on every row of the others)
    if (
      ctx.contentType.options?.draftAndPublish &&
      params.documentId &&
      !canOn(
        strapi,
        ability,
        uid,
        'publish',
        entityIn((await storedUnit(params.documentId)) ?? null)
      )
    ) {
      const published = await strapi.db
        .query(uid)
        .count({ where: { documentId: params.documentId, publishedAt: { $notNull: true } } });
      if (published > 0) {
        throw new errors.PolicyError(
          'Nội dung đã xuất bản chỉ người có quyền xuất bản mới xóa được.'
        );
      }
    }
    return next();
  }

  const change = toOneChange(data, field);
  let targetUnit: number | null | undefined;
  if (change.kind === 'set') {
    targetUnit = await resolveRowId(strapi, unitUid as UID.ContentType, change.ref);
    if (targetUnit === null) {
      throw new errors.ValidationError(`Không tìm thấy đơn vị đã chọn.`, {
        errors: [{ path: [field], message: 'unit not found', name: 'ValidationError' }],
      });
    }
  } else if (change.kind === 'cleared' && ctx.action !== 'create') {
    throw new errors.ValidationError('Nội dung phải thuộc một đơn vị.', {
      errors: [{ path: [field], message: 'owning unit is required', name: 'ValidationError' }],
    });
  }

  if (ctx.action === 'clone' && params.documentId) {
    const sourceUnit = await storedUnit(params.documentId);
    if (sourceUnit === undefined || !canOn(strapi, ability, uid, 'read', entityIn(sourceUnit))) {
      throw new errors.NotFoundError('Không tìm thấy mục để nhân bản.');
    }
    targetUnit ??= sourceUnit;
  }

  if (ctx.action === 'create' && (targetUnit === undefined || change.kind === 'cleared')) {
    const membership = await strapi.db.query(MEMBERSHIP_UID).findOne({
      where: { user: { id: user.id }, unit: { id: { $notNull: true } } },
      orderBy: { id: 'asc' },
      populate: { unit: { select: ['id', 'documentId'] } },
    });
    if (!membership?.unit) {
      throw new errors.ValidationError(
        'Tài khoản chưa thuộc đơn vị nào: hãy nhờ quản trị viên gán đơn vị.'
      );
    }
    targetUnit = membership.unit.id as number;
    data[field] = { connect: [{ documentId: membership.unit.documentId }] };
  }

  if (targetUnit !== undefined) {
    const verb = ctx.action === 'update' ? 'update' : 'create';
    if (!canOn(strapi, ability, uid, verb, entityIn(targetUnit))) {
      throw outOfReach(field);
    }
  }
  return next();
};

export default unitScopeMiddleware;
