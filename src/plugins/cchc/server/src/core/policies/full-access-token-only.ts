import type { Core } from '@strapi/strapi';
import { isFullAccessAuth, type RequestAuth } from '../request-auth';

interface PolicyContext {
  state: { auth?: RequestAuth };
}

/** Content API access only for full-access API tokens: not Public, not read-only or custom tokens. */
const fullAccessTokenOnly = (
  policyContext: PolicyContext,
  _config: unknown,
  _ctx: { strapi: Core.Strapi }
) => isFullAccessAuth(policyContext.state.auth);

export default fullAccessTokenOnly;
