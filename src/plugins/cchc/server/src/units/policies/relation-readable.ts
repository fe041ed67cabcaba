import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { type HttpContext } from '../../core/http/context';

interface FieldChecker {
  cannot: { read: (entity: null, field: string) => boolean };
}

/** The content manager's check of what fields of `model` the user may read and write. */
const fieldChecker = (strapi: Core.Strapi, userAbility: unknown, model: string): FieldChecker =>
  strapi.plugin('content-manager').service('permission-checker').create({ userAbility, model });

/**
 * Content-manager relation lookups: the relation field must be readable by the user. The
 * controller's own check answers `ctx.forbidden()` into a destructuring, which turns into a 500.
 */
const relationReadable = (
  policyContext: HttpContext,
  _config: unknown,
  { strapi }: { strapi: Core.Strapi }
) => {
  const { model, targetField } = policyContext.params;
  // unknown models and fields, and components, are answered by the controller itself
  if (!model || !targetField || !(model in strapi.contentTypes)) {
    return true;
  }
  const checker = fieldChecker(strapi, policyContext.state.userAbility, model);
  if (checker.cannot.read(null, targetField)) {
    throw new errors.ForbiddenError('Bạn không có quyền xem trường liên kết này.');
  }
  return true;
};

export default relationReadable;
