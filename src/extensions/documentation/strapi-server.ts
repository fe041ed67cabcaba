import type { Core } from '@strapi/strapi';

interface DocumentationPlugin {
  controllers: { documentation: Record<string, Core.MiddlewareHandler> };
}

/**
 * The documentation plugin's Swagger UI page is replaced by ours (its route and access setting
 * stay): the plugin's page names a sample document on the internet and an online validator, so
 * on a network without internet it does not work as it should.
 */
export default (plugin: DocumentationPlugin) => {
  plugin.controllers.documentation.index = (ctx, next) =>
    strapi.plugin('cchc').controller('docs-page').show(ctx, next);
  return plugin;
};
