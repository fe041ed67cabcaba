import fs from 'fs/promises';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

interface DocumentationService {
  getDocumentationVersion(): string;
  getFullDocumentationPath(): string;
}

/** Serves the OpenAPI document the documentation plugin generated at boot, as raw JSON. */
const openapiController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: { body: unknown; type: string }) {
    const documentation = strapi.plugin('documentation')?.service('documentation') as
      DocumentationService | undefined;
    if (!documentation) {
      throw new errors.NotFoundError('The documentation plugin is not enabled.');
    }
    const file = path.join(
      documentation.getFullDocumentationPath(),
      documentation.getDocumentationVersion(),
      'full_documentation.json'
    );
    ctx.type = 'application/json';
    ctx.body = await fs.readFile(file, 'utf8');
  },
});

export default openapiController;
