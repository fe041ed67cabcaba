import type { Core } from '@strapi/strapi';
import { canOn } from '../../core/admin-ability';
import { type HttpContext } from '../../core/http/context';
import { pluginConfig } from '../../core/plugin-config';
import { rowsOf } from '../../core/rows';

/**
 * For content-manager routes that take a list of documentIds and answer with the documents
 * (bulkFindForValidation): every listed document must be readable under the user's conditions.
 */
const documentsReadable = async (
  policyContext: HttpContext,
  _config: unknown,
  { strapi }: { strapi: Core.Strapi }
) => {
  const model = policyContext.params.model;
  const field = model ? pluginConfig(strapi).scopedTypes[model] : undefined;
  const { body } = policyContext.request;
  const documentIds =
    typeof body === 'object' && body !== null && 'documentIds' in body
      ? body.documentIds
      : undefined;
  if (!model || !field || !Array.isArray(documentIds) || documentIds.length === 0) {
    return true;
  }
  const rows = await rowsOf(strapi, model).findMany({
    where: {
      documentId: { $in: documentIds.filter((id): id is string => typeof id === 'string') },
    },
    populate: { [field]: { select: ['id'] } },
  });
  return rows.every((row) => canOn(strapi, policyContext.state.userAbility, model, 'read', row));
};

export default documentsReadable;
