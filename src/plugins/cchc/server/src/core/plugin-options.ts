import type { Schema } from '@strapi/strapi';
import { PLUGIN_OPTIONS_KEY } from './constants';

/** What a schema.json attribute may declare under `pluginOptions.cchc`. */
export interface FieldOptions {
  label?: string;
  description?: string;
  placeholder?: string;
  /** Name of a date/datetime attribute this one must not precede. */
  notBefore?: string;
  /** false: shown read-only in the content manager's edit view. */
  editable?: boolean;
  /** true: left out of the edit form (another panel shows it). */
  hiddenInForm?: boolean;
}

/** What a schema.json content type may declare under `pluginOptions.cchc`. */
export interface ModelOptions {
  mainField?: string;
  /** Columns of the content manager's list view, in order. */
  listFields?: string[];
  defaultSortBy?: string;
  defaultSortOrder?: 'ASC' | 'DESC';
}

type WithPluginOptions = { pluginOptions?: Record<string, unknown> };

const pick = <T>(holder: unknown): T => {
  const options = (holder as WithPluginOptions | undefined)?.pluginOptions?.[PLUGIN_OPTIONS_KEY];
  return (options ?? {}) as T;
};

export const fieldOptions = (attribute: Schema.Attribute.AnyAttribute): FieldOptions =>
  pick<FieldOptions>(attribute);

export const modelOptions = (model: Schema.ContentType | Schema.Component): ModelOptions =>
  pick<ModelOptions>(model);

/** A model's attributes by name, whatever the generated types narrow them to. */
export const attributesOf = (
  model: Schema.ContentType | Schema.Component
): Record<string, Schema.Attribute.AnyAttribute> => model.attributes;
