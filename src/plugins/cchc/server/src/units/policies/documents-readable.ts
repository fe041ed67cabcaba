import type { Core, UID } from '@strapi/strapi';
import { canOn } from '../../core/admin-ability';
import { pluginConfig } from '../../core/plugin-config';

interface PolicyContext {
  params: { model?: string };
  request: { body?: { documentIds?: unknown } };
  state: { userAbility?: unknown };
}

/**
 * For content-manager routes that take a list of documentIds and answer with the documents
 * (bulkFindForValidation): every listed document must be readable under the user's conditions.
 */
const documentsReadable = async (
  policyContext: PolicyContext,
  _config: unknown,
  { strapi }: { strapi: Core.Strapi }
) => {
  const model = policyContext.params.model;
  const field = model ? pluginConfig(strapi).scopedTypes[model] : undefined;
  const documentIds = policyContext.request.body?.documentIds;
  if (!model || !field || !Array.isArray(documentIds) || documentIds.length === 0) {
    return true;
  }
  const rows: Array<Record<string, unknown>> = await strapi.db
    .query(model as UID.ContentType)
    .findMany({
      where: {
        documentId: { $in: documentIds.filter((id): id is string => typeof id === 'string') },
      },
      populate: { [field]: { select: ['id'] } },
    });
  return rows.every((row) => canOn(strapi, policyContext.state.userAbility, model, 'read', row));
};

export default documentsReadable;
