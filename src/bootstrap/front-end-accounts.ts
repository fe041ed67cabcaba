import type { Core } from '@strapi/strapi';

/**
 * users-permissions' GraphQL account mutations skip authentication and so the Public role's
 * permissions (unlike their REST routes): nothing in this product uses front-end accounts.
 */
const ACCOUNT_MUTATIONS = [
  'login',
  'register',
  'forgotPassword',
  'resetPassword',
  'emailConfirmation',
  'changePassword',
];

/** Refuses the account mutations for every caller. Runs in `register`. */
export const closeFrontEndAccountMutations = (strapi: Core.Strapi) => {
  if (!strapi.plugin('graphql')) {
    return;
  }
  strapi
    .plugin('graphql')
    .service('extension')
    .use(() => ({
      resolversConfig: Object.fromEntries(
        ACCOUNT_MUTATIONS.map((name) => [
          `Mutation.${name}`,
          { policies: ['plugin::cchc.no-front-end-accounts'] },
        ])
      ),
    }));
};
