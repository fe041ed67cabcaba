import type { Core, Schema } from '@strapi/strapi';
import { PLUGIN_OPTIONS_KEY, REVIEW_FIELDS, REVIEW_STAGES } from '../core/constants';
import { pluginConfig } from '../core/plugin-config';
import { modelOptions } from '../core/plugin-options';

const cchc = (options: Record<string, unknown>) => ({ [PLUGIN_OPTIONS_KEY]: options });

/** The attributes every reviewed type gets: its review stage and its publishing schedule. */
const REVIEW_ATTRIBUTES = {
  [REVIEW_FIELDS.stage]: {
    type: 'enumeration',
    enum: [...REVIEW_STAGES],
    default: 'draft',
    pluginOptions: cchc({
      label: 'Bước duyệt',
      description:
        'draft: Nháp; submitted: Chờ duyệt; approved: Đã duyệt; returned: Trả lại. Chỉ đổi bằng các nút ở khung «Duyệt nội dung».',
      editable: false,
      hiddenInForm: true,
    }),
  },
  [REVIEW_FIELDS.stageAt]: {
    type: 'datetime',
    pluginOptions: cchc({ label: 'Chuyển bước lúc', editable: false, hiddenInForm: true }),
  },
  [REVIEW_FIELDS.publishAt]: {
    type: 'datetime',
    pluginOptions: cchc({
      label: 'Hẹn giờ xuất bản',
      description: 'Đến giờ này, nếu đã được duyệt, hệ thống tự xuất bản (giờ Việt Nam).',
    }),
  },
  [REVIEW_FIELDS.unpublishAt]: {
    type: 'datetime',
    pluginOptions: cchc({
      label: 'Hẹn giờ gỡ',
      description: 'Đến giờ này hệ thống tự gỡ nội dung khỏi trang (giờ Việt Nam).',
      notBefore: REVIEW_FIELDS.publishAt,
    }),
  },
};

interface ContentTypeRegistry {
  extend(uid: string, extend: (contentType: Schema.ContentType) => void): void;
}

/** Adds the review and schedule attributes to the configured types, before the database is synced. */
export const addReviewFields = (strapi: Core.Strapi) => {
  const registry = strapi.get<ContentTypeRegistry>('content-types');
  for (const uid of pluginConfig(strapi).review.types) {
    registry.extend(uid, (contentType) => {
      Object.assign(contentType.attributes, structuredClone(REVIEW_ATTRIBUTES));
      // the schema's own options object: the content manager's list shows the stage too
      const options = modelOptions(contentType);
      const { listFields } = options;
      if (listFields && !listFields.includes(REVIEW_FIELDS.stage)) {
        options.listFields = [...listFields, REVIEW_FIELDS.stage];
      }
    });
  }
};
