import type { Core, Schema } from '@strapi/strapi';
import { attributesOf, modelOptions } from '../core/plugin-options';
import { readTypes } from '../public-reads/read-types';

/** A type the search covers, and which of its fields rank as title, summary and body. */
export interface SearchType {
  uid: string;
  /** the read model's key and the API's name for the type (`article`) */
  key: string;
  title: string;
  /** the first long text field (summary, description, script), ranked below the title */
  summary: string | null;
  /** the other long text and rich-text fields and short texts such as a training's location */
  body: string[];
  /** which of the body fields hold blocks (rich text) */
  blocks: string[];
}

const cache = new WeakMap<Core.Strapi, SearchType[]>();

const NOT_SEARCHED = new Set(['slug', 'byline']);

const searchTypeOf = (model: Schema.ContentType, key: string): SearchType => {
  const title = modelOptions(model).mainField ?? 'title';
  const fields = Object.entries(attributesOf(model)).filter(
    ([name, attribute]) =>
      name !== title &&
      !NOT_SEARCHED.has(name) &&
      ['text', 'blocks', 'string', 'richtext'].includes(attribute.type) &&
      !(attribute as { private?: boolean }).private
  );
  const summary = fields.find(([, attribute]) => attribute.type === 'text')?.[0] ?? null;
  const body = fields.map(([name]) => name).filter((name) => name !== summary);
  const blocks = fields.filter(([, a]) => a.type === 'blocks').map(([name]) => name);
  return { uid: model.uid, key, title, summary, body, blocks };
};

/** The types the public read path serves (the reviewed types), each with its searched fields. */
export const searchTypes = (strapi: Core.Strapi): SearchType[] => {
  let types = cache.get(strapi);
  if (!types) {
    types = readTypes(strapi).map((type) =>
      searchTypeOf(
        strapi.contentTypes[type.uid as keyof typeof strapi.contentTypes] as Schema.ContentType,
        type.key
      )
    );
    cache.set(strapi, types);
  }
  return types;
};

export const searchTypeOfUid = (strapi: Core.Strapi, uid: string) =>
  searchTypes(strapi).find((type) => type.uid === uid);

export const searchTypeOfKey = (strapi: Core.Strapi, key: string) =>
  searchTypes(strapi).find((type) => type.key === key);
