import type { Core, Schema } from '@strapi/strapi';
import { PLUGIN_ID } from '../../core/constants';
import { attributesOf, fieldOptions, modelOptions } from '../../core/plugin-options';

interface FieldMetadata {
  edit?: Record<string, unknown>;
  list?: Record<string, unknown>;
}

interface ViewConfiguration {
  settings?: Record<string, unknown>;
  metadatas?: Record<string, FieldMetadata>;
  layouts?: Record<string, unknown>;
}

interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<ViewConfiguration>;
  updateConfiguration(model: { uid: string }, configuration: ViewConfiguration): Promise<unknown>;
}

/** Labels of the fields Strapi adds to every content type. */
const SYSTEM_LABELS: Record<string, string> = {
  createdAt: 'Ngày tạo',
  updatedAt: 'Cập nhật lúc',
  publishedAt: 'Ngày xuất bản',
  createdBy: 'Người tạo',
  updatedBy: 'Người cập nhật',
};

/** Applies the labels, descriptions, main field, list columns and sort declared in schema.json to the content manager's views. */
const withSchemaLabels = (
  model: Schema.ContentType | Schema.Component,
  current: ViewConfiguration
) => {
  const metadatas: Record<string, FieldMetadata> = { ...current.metadatas };
  for (const [field, label] of Object.entries(SYSTEM_LABELS)) {
    const meta = metadatas[field];
    if (meta) {
      metadatas[field] = {
        ...meta,
        edit: meta.edit && { ...meta.edit, label },
        list: meta.list && { ...meta.list, label },
      };
    }
  }
  for (const [field, attribute] of Object.entries(attributesOf(model))) {
    const { label, description, placeholder, editable, hiddenInForm } = fieldOptions(attribute);
    const meta = metadatas[field];
    if (!meta) {
      continue;
    }
    metadatas[field] = {
      ...meta,
      edit: meta.edit && {
        ...meta.edit,
        ...(label && { label }),
        ...(description && { description }),
        ...(placeholder && { placeholder }),
        ...(editable === false && { editable }),
        ...(hiddenInForm && { visible: false }),
      },
      list: meta.list && { ...meta.list, ...(label && { label }) },
    };
  }
  const { mainField, listFields, defaultSortBy, defaultSortOrder } = modelOptions(model);
  const settings = {
    ...current.settings,
    ...(mainField && { mainField }),
    ...(defaultSortBy && { defaultSortBy }),
    ...(defaultSortOrder && { defaultSortOrder }),
  };
  const hidden = new Set(
    Object.entries(attributesOf(model))
      .filter(([, attribute]) => fieldOptions(attribute).hiddenInForm)
      .map(([field]) => field)
  );
  const edit = (current.layouts?.edit as Array<Array<{ name: string }>> | undefined)
    ?.map((row) => row.filter((cell) => !hidden.has(cell.name)))
    .filter((row) => row.length > 0);
  const layouts = {
    ...current.layouts,
    ...(edit && { edit }),
    ...(listFields && { list: listFields.filter((field) => field in metadatas) }),
  };
  return { ...current, settings, metadatas, layouts };
};

const adminLabelsService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Schema.json is the source of the admin's field labels: a label changed in
   * "Configure the view" is replaced by the schema's at the next start.
   */
  async sync() {
    const contentManager = strapi.plugin('content-manager');
    const contentTypes = contentManager.service('content-types') as ConfigurationService;
    const components = contentManager.service('components') as ConfigurationService;

    const apiModels = Object.values(strapi.contentTypes).filter(
      (ct) => ct.uid.startsWith('api::') || ct.uid.startsWith(`plugin::${PLUGIN_ID}.`)
    );
    const jobs: Array<[ConfigurationService, Schema.ContentType | Schema.Component]> = [
      ...apiModels.map((ct): [ConfigurationService, Schema.ContentType] => [contentTypes, ct]),
      ...Object.values(strapi.components).map((c): [ConfigurationService, Schema.Component] => [
        components,
        c,
      ]),
    ];
    for (const [service, model] of jobs) {
      const {
        uid: _uid,
        category: _category,
        isComponent: _isComponent,
        ...current
      } = (await service.findConfiguration(model)) as ViewConfiguration & Record<string, unknown>;
      if (!current.metadatas) {
        continue;
      }
      const next = withSchemaLabels(model, current);
      if (JSON.stringify(next) !== JSON.stringify(current)) {
        await service.updateConfiguration(model, next);
      }
    }
  },
});

export default adminLabelsService;
export type AdminLabelsService = ReturnType<typeof adminLabelsService>;
