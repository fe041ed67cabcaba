import type { Core } from '@strapi/strapi';
import { isReadOnlyAuth } from '../request-auth';
import type { HttpContext } from '../http/context';

/**
 * Refuses read-only API tokens on a find/findOne route that is not published public content
 * (Strapi lets such tokens through every action named find or findOne).
 */
const notReadOnlyToken = (
  policyContext: HttpContext,
  _config: unknown,
  _ctx: { strapi: Core.Strapi }
) => !isReadOnlyAuth(policyContext.state.auth);

export default notReadOnlyToken;
