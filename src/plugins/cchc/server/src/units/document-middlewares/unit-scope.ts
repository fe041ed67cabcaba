import { errors } from '@strapi/utils';
import type { Core, UID } from '@strapi/strapi';
import { MEMBERSHIP_UID } from '../../core/constants';
import { adminRequest, canOn } from '../../core/admin-ability';
import { findCurrentRow } from '../../core/current-row';
import { pluginConfig, unitUidOf } from '../../core/plugin-config';
import { resolveRowId, toOneChange } from '../../core/relation-input';
import { rowsOf } from '../../core/rows';
import type { MembershipRow } from '../services/unit-scope';
import {
  writeParams,
  type DocumentMiddlewareFactory,
  type WriteParams,
} from '../../core/document-middleware';

type Row = Record<string, unknown>;

const outOfReach = (field: string) =>
  new errors.ValidationError(
    'Đơn vị sở hữu nằm ngoài phạm vi của tài khoản này: chọn đơn vị của mình hoặc đơn vị cấp dưới.',
    {
      errors: [
        { path: [field], message: 'owning unit outside your reach', name: 'ValidationError' },
      ],
    }
  );

/** One admin write to a unit-owned type: who writes, what, and the type's owning-unit field. */
interface ScopedWrite {
  strapi: Core.Strapi;
  uid: UID.ContentType;
  field: string;
  ability: unknown;
  params: WriteParams;
}

const entityIn = (field: string, unitId: number | null) => ({
  [field]: unitId === null ? null : { id: unitId },
});

/** The owner of the stored document (its draft when it has one); undefined when none exists. */
const storedUnit = async (
  { strapi, uid, field }: ScopedWrite,
  documentId: string
): Promise<number | null | undefined> => {
  const row = await findCurrentRow(strapi, uid, documentId, {
    populate: { [field]: { select: ['id'] } },
  });
  return row ? ((row[field] as { id: number } | null)?.id ?? null) : undefined;
};

/** Published content is deleted only by someone who may publish it. */
const guardDelete = async (write: ScopedWrite, draftAndPublish: boolean) => {
  const { strapi, uid, field, ability, params } = write;
  // only types with drafts can be "published" (Strapi 5 stamps publishedAt on every row of the others)
  if (!draftAndPublish || !params.documentId) {
    return;
  }
  const owner = (await storedUnit(write, params.documentId)) ?? null;
  if (canOn(strapi, ability, uid, 'publish', entityIn(field, owner))) {
    return;
  }
  const published = await rowsOf(strapi, uid).count({
    where: { documentId: params.documentId, publishedAt: { $notNull: true } },
  });
  if (published > 0) {
    throw new errors.PolicyError('Nội dung đã xuất bản chỉ người có quyền xuất bản mới xóa được.');
  }
};

/** The unit the write names: its id, null when cleared on create, undefined when not named. */
const namedUnit = async (
  { strapi, field }: ScopedWrite,
  change: ReturnType<typeof toOneChange>,
  creating: boolean
) => {
  if (change.kind === 'set') {
    const unitId = await resolveRowId(strapi, unitUidOf(strapi), change.ref);
    if (unitId === null) {
      throw new errors.ValidationError(`Không tìm thấy đơn vị đã chọn.`, {
        errors: [{ path: [field], message: 'unit not found', name: 'ValidationError' }],
      });
    }
    return unitId;
  }
  if (change.kind === 'cleared' && !creating) {
    throw new errors.ValidationError('Nội dung phải thuộc một đơn vị.', {
      errors: [{ path: [field], message: 'owning unit is required', name: 'ValidationError' }],
    });
  }
  return undefined;
};

/** The author's first unit, written into `data`: new content belongs to its author's unit. */
const authorUnit = async ({ strapi, field }: ScopedWrite, userId: number | string, data: Row) => {
  const membership = await rowsOf<MembershipRow>(strapi, MEMBERSHIP_UID).findOne({
    where: { user: { id: userId }, unit: { id: { $notNull: true } } },
    orderBy: { id: 'asc' },
    populate: { unit: { select: ['id', 'documentId'] } },
  });
  if (!membership?.unit) {
    throw new errors.ValidationError(
      'Tài khoản chưa thuộc đơn vị nào: hãy nhờ quản trị viên gán đơn vị.'
    );
  }
  data[field] = { connect: [{ documentId: membership.unit.documentId }] };
  return membership.unit.id;
};

/**
 * Admin RBAC conditions check a document as it is stored, not where a write would put it.
 * For unit-owned types this middleware checks the target unit on create, update and clone,
 * fills in the author's unit when none is given, refuses to clone what the user cannot read,
 * and keeps users who may not publish from deleting published content.
 */
const unitScopeMiddleware: DocumentMiddlewareFactory = (strapi) => async (ctx, next) => {
  const field = pluginConfig(strapi).scopedTypes[ctx.uid];
  if (!field || !['create', 'update', 'clone', 'delete'].includes(ctx.action)) {
    return next();
  }
  const request = adminRequest(strapi);
  if (!request || request.isSuperAdmin) {
    return next();
  }
  const { ability, user } = request;
  const uid = ctx.uid;
  const params = writeParams(ctx);
  const write: ScopedWrite = { strapi, uid, field, ability, params };
  if (ctx.action === 'delete') {
    await guardDelete(write, Boolean(ctx.contentType.options?.draftAndPublish));
    return next();
  }
  const data = (params.data ??= {});
  const change = toOneChange(data, field);
  let targetUnit: number | null | undefined = await namedUnit(
    write,
    change,
    ctx.action === 'create'
  );
  if (ctx.action === 'clone' && params.documentId) {
    const sourceUnit = await storedUnit(write, params.documentId);
    if (
      sourceUnit === undefined ||
      !canOn(strapi, ability, uid, 'read', entityIn(field, sourceUnit))
    ) {
      throw new errors.NotFoundError('Không tìm thấy mục để nhân bản.');
    }
    targetUnit ??= sourceUnit;
  }
  if (ctx.action === 'create' && (targetUnit === undefined || change.kind === 'cleared')) {
    targetUnit = await authorUnit(write, user.id, data);
  }
  if (targetUnit !== undefined) {
    const verb = ctx.action === 'update' ? 'update' : 'create';
    if (!canOn(strapi, ability, uid, verb, entityIn(field, targetUnit))) {
      throw outOfReach(field);
    }
  }
  return next();
};

export default unitScopeMiddleware;
