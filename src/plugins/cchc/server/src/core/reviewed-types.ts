import type { Core, UID } from '@strapi/strapi';
import { pluginConfig } from './plugin-config';

/** A reviewed type (`review.types` in config) and the name the public API gives it: its singular name. */
export interface ReviewedType {
  uid: UID.ContentType;
  /** `article`, `broadcast-script`: the feeds' `type` parameter, webhook payloads, social posts */
  name: string;
}

const cache = new WeakMap<Core.Strapi, ReviewedType[]>();

/** The reviewed types in the order config lists them; read once per Strapi instance. */
export const reviewedTypes = (strapi: Core.Strapi): ReviewedType[] => {
  let types = cache.get(strapi);
  if (!types) {
    types = pluginConfig(strapi).review.types.map((uid) => ({
      uid,
      name: strapi.contentType(uid).info.singularName,
    }));
    cache.set(strapi, types);
  }
  return types;
};

export const reviewedTypeNamed = (strapi: Core.Strapi, name: string): UID.ContentType | undefined =>
  reviewedTypes(strapi).find((type) => type.name === name)?.uid;

export const reviewedTypeNameOf = (strapi: Core.Strapi, uid: string): string | undefined =>
  reviewedTypes(strapi).find((type) => type.uid === uid)?.name;
