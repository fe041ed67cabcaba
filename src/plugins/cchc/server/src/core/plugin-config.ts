import type { Core, UID } from '@strapi/strapi';
import { MEMBERSHIP_UID, PLUGIN_ID } from './constants';
import type { PluginConfig } from '../config';

export const pluginConfig = (strapi: Core.Strapi): PluginConfig =>
  strapi.config.get<PluginConfig>(`plugin::${PLUGIN_ID}`);

/** The relation that names a document's owning unit (none for units themselves). */
export const ownerFieldOf = (strapi: Core.Strapi, uid: string): string | null => {
  const { unitUid, scopedTypes } = pluginConfig(strapi);
  if (uid === unitUid) {
    return null;
  }
  return scopedTypes[uid] ?? (uid === MEMBERSHIP_UID ? 'unit' : null);
};

/** The content type of the unit tree, as configured (`unitUid`). */
export const unitUidOf = (strapi: Core.Strapi): UID.ContentType => pluginConfig(strapi).unitUid;
