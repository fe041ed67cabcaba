import type { Core } from '@strapi/strapi';

/** The path GraphQL answers on (`/graphql`), or null without the GraphQL plugin. */
export const graphqlEndpoint = (strapi: Core.Strapi): string | null =>
  strapi.plugin('graphql') ? strapi.plugin('graphql').config<string>('endpoint') : null;
