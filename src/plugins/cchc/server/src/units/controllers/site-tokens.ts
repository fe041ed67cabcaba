import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { getService } from '../../core/get-service';
import { type HttpContext } from '../../core/http/context';
import { parseInput } from '../../core/parse-input';

const documentIdSchema = z.string().regex(/^[a-z0-9]{1,64}$/, 'một documentId');

const siteTokensController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /cchc/site-tokens/:documentId/key: a new key, shown this once; the old one stops working. */
  async issueKey(ctx: HttpContext) {
    const documentId = parseInput(documentIdSchema, ctx.params.documentId, 'Mã truy cập trang');
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: await getService(strapi, 'site-tokens').issueKey(documentId) };
  },
});

export default siteTokensController;
