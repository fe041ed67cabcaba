import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

interface PolicyContext {
  params: { model?: string; targetField?: string };
  state: { userAbility?: unknown };
}

interface FieldChecker {
  cannot: { read: (entity: null, field: string) => boolean };
}

/**
 * Content-manager relation lookups: the relation field must be readable by the user. The
 * controller's own check answers `ctx.forbidden()` into a destructuring, which turns into a 500.
 */
const relationReadable = (
  policyContext: PolicyContext,
  _config: unknown,
  { strapi }: { strapi: Core.Strapi }
) => {
  const { model, targetField } = policyContext.params;
  // unknown models and fields, and components, are answered by the controller itself
  if (!model || !targetField || !(model in strapi.contentTypes)) {
    return true;
  }
  const checker = strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility: policyContext.state.userAbility, model }) as FieldChecker;
  if (checker.cannot.read(null, targetField)) {
    throw new errors.ForbiddenError('Bạn không có quyền xem trường liên kết này.');
  }
  return true;
};

export default relationReadable;
