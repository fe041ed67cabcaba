import type { Core } from '@strapi/strapi';
import { rowsOf } from './rows';

/** Content API actions renamed by the plugin: tokens granted the old name keep the grant. */
const RENAMED_ACTIONS: Record<string, string> = {
  // `find` let every read-only token list the queue (issue #12)
  'plugin::cchc.social-queue.find': 'plugin::cchc.social-queue.list',
};

/** Moves API token grants of renamed actions to their new names; safe to run at every start. */
export const renameTokenActions = async (strapi: Core.Strapi) => {
  for (const [from, to] of Object.entries(RENAMED_ACTIONS)) {
    const { count } = await rowsOf(strapi, 'admin::api-token-permission').updateMany({
      where: { action: from },
      data: { action: to },
    });
    if (count > 0) {
      strapi.log.info(`Renamed ${count} API token grant(s) of ${from} to ${to}`);
    }
  }
};
