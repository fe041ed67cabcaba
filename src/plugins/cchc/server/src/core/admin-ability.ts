import type { Core } from '@strapi/strapi';
import { requestState } from './http/context';

export type CmVerb = 'read' | 'create' | 'update' | 'delete' | 'publish';

interface PermissionChecker {
  can: Record<CmVerb, (entity?: unknown) => boolean>;
}

/** The admin user and ability of the current request, when it is an admin request. */
export const adminRequest = (strapi: Core.Strapi) => {
  const state = requestState(strapi);
  if (!state?.userAbility || !state.user) {
    return null;
  }
  const isSuperAdmin = (state.user.roles ?? []).some((role) => role.code === 'strapi-super-admin');
  return { user: state.user, ability: state.userAbility, isSuperAdmin };
};

/** Checks a content-manager action against the user's RBAC, conditions included, for a given entity. */
export const canOn = (
  strapi: Core.Strapi,
  ability: unknown,
  model: string,
  verb: CmVerb,
  entity: Record<string, unknown>
) => {
  const checker = strapi
    .plugin('content-manager')
    .service('permission-checker')
    .create({ userAbility: ability, model }) as PermissionChecker;
  return checker.can[verb](entity);
};
