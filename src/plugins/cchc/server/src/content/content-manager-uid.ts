import type { Core, Schema, UID } from '@strapi/strapi';
import { getService } from '../core/get-service';
import { slugVisibility } from './slug-visibility';
import { toSlug } from './services/slug';

interface UidInput {
  contentTypeUID: string;
  field: string;
  value: string;
  locale?: string;
}
interface GenerateInput {
  contentTypeUID: string;
  field: string;
  data: Record<string, unknown>;
  locale?: string;
}
interface UidService {
  generateUIDField(input: GenerateInput): Promise<string>;
  findUniqueUID(input: UidInput): Promise<string>;
  checkUIDAvailability(input: UidInput): Promise<boolean>;
}

/**
 * The content manager's slug field asks `uid/check-availability` and `uid/generate`, which Strapi
 * answers over every draft of the type: an oracle on other units' drafts. For the slugs the
 * plugin manages they answer as the save will (content/services/slug.ts, the slug middleware): over
 * what the user may read and what is published, with the same Vietnamese-aware slugs.
 */
export const scopeContentManagerUid = (strapi: Core.Strapi) => {
  const managed = (contentTypeUID: string, field: string) => {
    const contentType = strapi.contentTypes[contentTypeUID as UID.ContentType] as
      Schema.ContentType | undefined;
    if (!contentType || !contentTypeUID.startsWith('api::')) {
      return null;
    }
    return (
      getService(strapi, 'slug')
        .slugFieldsOf(contentType)
        .find((slugField) => slugField.field === field) ?? null
    );
  };

  strapi.get('services').extend('plugin::content-manager.uid', (original: UidService) => ({
    ...original,
    async generateUIDField(input: GenerateInput) {
      const slugField = managed(input.contentTypeUID, input.field);
      const source = slugField ? input.data?.[slugField.target] : undefined;
      const base = typeof source === 'string' ? toSlug(source) : '';
      if (!slugField || !base) {
        return original.generateUIDField.call(this, input);
      }
      return this.findUniqueUID({ ...input, value: base });
    },
    async findUniqueUID(input: UidInput) {
      if (!managed(input.contentTypeUID, input.field)) {
        return original.findUniqueUID.call(this, input);
      }
      const uid = input.contentTypeUID as UID.ContentType;
      return getService(strapi, 'slug').uniqueSlug(
        uid,
        input.field,
        input.value,
        undefined,
        slugVisibility(strapi, uid)
      );
    },
    async checkUIDAvailability(input: UidInput) {
      if (!managed(input.contentTypeUID, input.field)) {
        return original.checkUIDAvailability.call(this, input);
      }
      const uid = input.contentTypeUID as UID.ContentType;
      return !(await getService(strapi, 'slug').isTaken(
        uid,
        input.field,
        input.value,
        undefined,
        slugVisibility(strapi, uid)
      ));
    },
  }));
};
