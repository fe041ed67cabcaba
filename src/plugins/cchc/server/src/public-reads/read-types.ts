import type { Core, Schema } from '@strapi/strapi';
import { pluginConfig } from '../core/plugin-config';
import { attributesOf } from '../core/plugin-options';
import { isContentTypeUid, schemaOf } from '../core/schemas';
import { type AttributeMeta, tableMetaOf } from '../core/table-meta';

/** A relation stored in a link table, as the read model copies it. */
export interface LinkTable {
  field: string;
  target: string;
  table: string;
  /** column holding the item's row id */
  itemColumn: string;
  /** column holding the target's row id */
  targetColumn: string;
}

/** A type whose published items the read model keeps: where its rows and relations live. */
export interface ReadType {
  uid: string;
  /** stable short name stored in the read model's rows (the type's singular name) */
  key: string;
  table: string;
  ownerField: string;
  owner: LinkTable;
  /** column of the "shared with subunits" flag, when the type has one */
  sharedColumn: string | null;
  sharedField: string | null;
  /** relations to reference types (columns, topics, campaigns) filters may go through */
  links: LinkTable[];
}

const hasDrafts = (strapi: Core.Strapi, uid: string) =>
  Boolean(schemaOf(strapi, uid)?.options?.draftAndPublish);

const isLocalized = (model: Schema.ContentType) =>
  Boolean((model.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized);

/** Reference data a filter may resolve to ids: the app's own types without drafts. */
const isReferenceType = (strapi: Core.Strapi, uid: string | undefined): uid is string =>
  Boolean(uid?.startsWith('api::') && uid in strapi.contentTypes && !hasDrafts(strapi, uid));

const linkOf = (field: string, attribute: AttributeMeta): LinkTable | null =>
  attribute.type === 'relation' && attribute.joinTable && attribute.target
    ? {
        field,
        target: attribute.target,
        table: attribute.joinTable.name,
        itemColumn: attribute.joinTable.joinColumn.name,
        targetColumn: attribute.joinTable.inverseJoinColumn.name,
      }
    : null;

const cache = new WeakMap<Core.Strapi, ReadType[]>();

/**
 * The types the public read path serves from the read model: the reviewed types (whose
 * publishing the lifecycle events announce) with draft & publish, owned through `scopedTypes`,
 * not localized. Derived, never listed.
 */
export const readTypes = (strapi: Core.Strapi): ReadType[] => {
  const known = cache.get(strapi);
  if (known) {
    return known;
  }
  const { scopedTypes, sharedFlag, review } = pluginConfig(strapi);
  const types: ReadType[] = [];
  for (const [uid, ownerField] of Object.entries(scopedTypes)) {
    if (!isContentTypeUid(strapi, uid) || !review.types.includes(uid)) {
      continue;
    }
    const model = schemaOf(strapi, uid);
    if (!model || !hasDrafts(strapi, uid) || isLocalized(model)) {
      continue;
    }
    const meta = tableMetaOf(strapi, uid);
    const owner = linkOf(ownerField, meta.attributes[ownerField] ?? { type: 'missing' });
    if (!owner) {
      continue;
    }
    const links = Object.entries(meta.attributes)
      .filter(
        ([field, attribute]) => field !== ownerField && isReferenceType(strapi, attribute.target)
      )
      .map(([field, attribute]) => linkOf(field, attribute))
      .filter((link): link is LinkTable => link !== null);
    const shared = sharedFlag in attributesOf(model) ? meta.attributes[sharedFlag] : undefined;
    types.push({
      uid,
      key: model.info.singularName,
      table: meta.tableName,
      ownerField,
      owner,
      sharedColumn: shared ? (shared.columnName ?? sharedFlag) : null,
      sharedField: shared ? sharedFlag : null,
      links,
    });
  }
  cache.set(strapi, types);
  return types;
};

export const readTypeOf = (strapi: Core.Strapi, uid: string): ReadType | undefined =>
  readTypes(strapi).find((type) => type.uid === uid);

/**
 * Reference data public answers show beside the items: the unit tree and whatever the read types
 * link to (columns, topics, campaigns), and what those link to in turn.
 */
export const referenceTypes = (strapi: Core.Strapi): string[] => {
  const found = new Set<string>([pluginConfig(strapi).unitUid]);
  const queue = [...found, ...readTypes(strapi).flatMap((type) => type.links.map((l) => l.target))];
  for (;;) {
    const uid = queue.pop();
    if (uid === undefined) {
      break;
    }
    found.add(uid);
    const { attributes } = tableMetaOf(strapi, uid);
    for (const attribute of Object.values(attributes)) {
      if (isReferenceType(strapi, attribute.target) && !found.has(attribute.target)) {
        queue.push(attribute.target);
      }
    }
  }
  return [...found];
};
