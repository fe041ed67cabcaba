import type { Core } from '@strapi/strapi';
import { isFullAccessAuth } from '../request-auth';
import type { HttpContext } from '../http/context';

/** Content API access only for full-access API tokens: not Public, not read-only or custom tokens. */
const fullAccessTokenOnly = (
  policyContext: HttpContext,
  _config: unknown,
  _ctx: { strapi: Core.Strapi }
) => isFullAccessAuth(policyContext.state.auth);

export default fullAccessTokenOnly;
