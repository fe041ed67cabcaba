import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { z } from 'zod';
import { parseInput } from '../parse-input';
import { pluginConfig } from '../plugin-config';
import { docsPageHtml } from '../openapi/docs-page';
import type { HttpContext } from '../http/context';

const pageQuery = z.looseObject({ lang: z.enum(['vi', 'en']).default('vi') });

/** Swagger UI 5 (OpenAPI 3.1; the documentation plugin ships 4, which reads 3.0 only). */
const SWAGGER_UI_DIR = path.dirname(require.resolve('swagger-ui-dist/package.json'));
const SWAGGER_UI_VERSION = (
  JSON.parse(fs.readFileSync(path.join(SWAGGER_UI_DIR, 'package.json'), 'utf8')) as {
    version: string;
  }
).version;
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

/** The path part of the app's public URL ('' when served at the root). */
const basePathOf = (strapi: Core.Strapi) => {
  const url = String(strapi.config.get('server.url', '') || '');
  return new URL(url || '/', 'http://localhost').pathname.replace(/\/+$/, '');
};

const uiEnabled = (strapi: Core.Strapi) => {
  if (!pluginConfig(strapi).apiDocs.ui) {
    throw new errors.NotFoundError(
      'Swagger UI is not enabled on this server (API_DOCS_UI); the document is at /api/cchc/openapi.json.'
    );
  }
};

/** GET /documentation: Swagger UI over /api/cchc/openapi.json, with no file from elsewhere. */
const docsPageController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: HttpContext) {
    uiEnabled(strapi);
    const { lang } = parseInput(pageQuery, ctx.query, 'Tham số trang tài liệu');
    const prefix = String(strapi.config.get('api.rest.prefix', '/api'));
    ctx.set('Cache-Control', 'no-cache');
    ctx.type = 'text/html; charset=utf-8';
    const basePath = basePathOf(strapi);
    ctx.body = docsPageHtml({
      assetsPath: `${basePath}/documentation/assets/${SWAGGER_UI_VERSION}`,
      basePath,
      documentPath: `${prefix}/cchc/openapi.json`,
      title: lang === 'vi' ? 'Tài liệu API nội dung CCHC' : 'CCHC content API',
      language: lang,
    });
  },

  /** GET /documentation/assets/:version/:file, the few files of the package the page loads. */
  async asset(ctx: HttpContext) {
    uiEnabled(strapi);
    const type = ASSETS[ctx.params.file];
    if (!type || ctx.params.version !== SWAGGER_UI_VERSION) {
      throw new errors.NotFoundError('No such file of the API documentation page.');
    }
    // the version is in the address: a new one is a new address
    ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
    ctx.type = type;
    ctx.body = fs.createReadStream(path.join(SWAGGER_UI_DIR, ctx.params.file));
  },
});

export default docsPageController;
