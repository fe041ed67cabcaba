import type { Core } from '@strapi/strapi';
import type { MediaRoute } from './policies/media-in-my-units';

interface Route {
  method: string;
  path: string;
  config?: { policies?: unknown[] };
}

/**
 * The media library's admin routes that change, replace, move or delete files and folders, or
 * put something into a folder, and what each names. Strapi checks them against
 * `plugin::upload.assets.update` alone (bulk and folder routes not even against its conditions).
 */
const MUTATING: Record<string, MediaRoute> = {
  'POST /': 'upload',
  'POST /files': 'upload-file',
  'POST /actions/upload-from-urls': 'upload-from-urls',
  'PUT /files/:id': 'file',
  'POST /files/:id/replace': 'file',
  'DELETE /files/:id': 'file',
  'POST /folders': 'folder-create',
  'PUT /folders/:id': 'folder',
  'POST /actions/bulk-delete': 'bulk-delete',
  'POST /actions/bulk-move': 'bulk-move',
  'POST /actions/bulk-update': 'bulk-update',
  'POST /actions/generate-ai-metadata': 'files',
  'POST /ai-metadata-jobs': 'library',
};

/** Adds the unit scope of the media library to every mutating upload admin route. */
export const guardUploadRoutes = (strapi: Core.Strapi) => {
  const routes = (strapi.plugin('upload').routes as Record<string, { routes: Route[] }>).admin
    .routes;
  for (const route of routes) {
    const kind = MUTATING[`${route.method} ${route.path}`];
    if (kind) {
      route.config ??= {};
      route.config.policies = [
        ...(route.config.policies ?? []),
        { name: 'plugin::cchc.media-in-my-units', config: { kind } },
      ];
    }
  }
};
