import type { Core } from '@strapi/strapi';

interface PolicyContext {
  state: { auth?: { strategy?: { name?: string }; credentials?: { type?: string } | null } };
}

/** Content API access only for full-access API tokens: not Public, not read-only or custom tokens. */
const fullAccessTokenOnly = (policyContext: PolicyContext, _config: unknown, _ctx: { strapi: Core.Strapi }) => {
  const auth = policyContext.state.auth;
  return auth?.strategy?.name === 'api-token' && auth.credentials?.type === 'full-access';
};

export default fullAccessTokenOnly;
