import type { Core, Schema, UID } from '@strapi/strapi';
import slugify from 'slugify';
import { SLUG_MAX_LENGTH } from '../../core/constants';
import { attributesOf } from '../../core/plugin-options';
import type { SlugVisibility } from '../slug-visibility';
import { rowsOf } from '../../core/rows';

export interface SlugField {
  field: string;
  target: string;
}

/** Clean ASCII slug for Vietnamese text: "Đắk Lắk & Huế" → "dak-lak-va-hue". */
export const toSlug = (text: string): string => {
  const slug = slugify(text.replace(/&/g, ' và '), {
    locale: 'vi',
    lower: true,
    strict: true,
    trim: true,
  });
  if (slug.length <= SLUG_MAX_LENGTH) {
    return slug;
  }
  const cut = slug.slice(0, SLUG_MAX_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : cut.slice(0, SLUG_MAX_LENGTH)).replace(/-+$/, '');
};

const slugService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The `uid` attributes of a content type that are generated from another field. */
  slugFieldsOf(contentType: Schema.ContentType): SlugField[] {
    return Object.entries(attributesOf(contentType)).flatMap(([field, attribute]) =>
      attribute.type === 'uid' && attribute.targetField
        ? [{ field, target: attribute.targetField }]
        : []
    );
  },

  /** Slugs starting with `base` that other documents use (only the visible ones, if given). */
  async takenSlugs(
    uid: UID.ContentType,
    field: string,
    base: string,
    exceptDocumentId?: string,
    visibility: SlugVisibility | null = null
  ): Promise<Set<string>> {
    const rows = await rowsOf(strapi, uid).findMany({
      select: visibility ? [field, 'publishedAt'] : [field],
      where: {
        [field]: { $startsWith: base },
        ...(exceptDocumentId ? { documentId: { $ne: exceptDocumentId } } : {}),
      },
      ...(visibility?.populate ? { populate: { [visibility.populate]: { select: ['id'] } } } : {}),
    });
    return new Set(
      rows.filter((row) => !visibility || visibility.visible(row)).map((row) => String(row[field]))
    );
  },

  async isTaken(
    uid: UID.ContentType,
    field: string,
    slug: string,
    exceptDocumentId?: string,
    visibility: SlugVisibility | null = null
  ) {
    const taken = await this.takenSlugs(uid, field, slug, exceptDocumentId, visibility);
    return taken.has(slug);
  },

  /** `base`, or `base-2`, `base-3`… whichever no other (visible) document of the type uses. */
  async uniqueSlug(
    uid: UID.ContentType,
    field: string,
    base: string,
    exceptDocumentId?: string,
    visibility: SlugVisibility | null = null
  ) {
    const taken = await this.takenSlugs(uid, field, base, exceptDocumentId, visibility);
    if (!taken.has(base)) {
      return base;
    }
    let n = 2;
    while (taken.has(`${base}-${n}`)) {
      n += 1;
    }
    return `${base}-${n}`;
  },
});

export default slugService;
export type SlugService = ReturnType<typeof slugService>;
