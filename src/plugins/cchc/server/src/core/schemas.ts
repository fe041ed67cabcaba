import type { Core, Schema, UID } from '@strapi/strapi';

/** Does this app have a content type `uid`? For uids read from config, stored rows or requests. */
export const isContentTypeUid = (strapi: Core.Strapi, uid: unknown): uid is UID.ContentType =>
  typeof uid === 'string' && Object.prototype.hasOwnProperty.call(strapi.contentTypes, uid);

/** The schema of the content type `uid` names, or undefined when the app has none. */
export const schemaOf = (strapi: Core.Strapi, uid: unknown): Schema.ContentType | undefined => {
  // one read of the registry: Strapi builds `contentTypes` afresh on every access
  const registry = strapi.contentTypes;
  return typeof uid === 'string' && Object.prototype.hasOwnProperty.call(registry, uid)
    ? registry[uid as keyof typeof registry]
    : undefined;
};

/** The content type a stored row or a setting names; an unknown one is a programming error. */
export const contentTypeUid = (strapi: Core.Strapi, uid: unknown): UID.ContentType => {
  if (!isContentTypeUid(strapi, uid)) {
    throw new Error(`No content type ${String(uid)} in this app`);
  }
  return uid;
};
