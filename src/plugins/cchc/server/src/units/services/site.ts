import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { LRUCache } from 'lru-cache';
import { COMMON_SCOPE } from '../../public-reads/services/content-version';
import { getService } from '../../core/get-service';
import { pluginConfig } from '../../core/plugin-config';
import { attributesOf } from '../../core/plugin-options';
import { siteTokenOf } from '../../core/request-auth';
import { rowsOf } from '../../core/rows';
import { contentTypeUid } from '../../core/schemas';
import { idsOnPath, type UnitTreeRow } from './unit-tree';

export interface SiteUnits {
  /** the site's unit and the offices, centres and agencies that speak for it */
  own: number[];
  /** the units above the site and those that speak for them */
  above: number[];
}

/**
 * The items of a type a site shows, as a filter: its own units' items, plus the shared items
 * of the units above. Undefined for a type no unit owns.
 */
export const siteRows = (
  strapi: Core.Strapi,
  uid: string,
  { own, above }: SiteUnits
): Record<string, unknown> | undefined => {
  const { scopedTypes, sharedFlag } = pluginConfig(strapi);
  const field = scopedTypes[uid];
  if (!field) {
    return undefined;
  }
  const ownFilter = { [field]: { id: { $in: own } } };
  const model = strapi.contentTypes[contentTypeUid(strapi, uid)];
  if (!(sharedFlag in attributesOf(model)) || above.length === 0) {
    return ownFilter;
  }
  return { $or: [ownFilter, { [sharedFlag]: true, [field]: { id: { $in: above } } }] };
};

/**
 * What a unit's website shows: its own items, plus items that the levels above it shared
 * with their subunits. Never a sibling's items.
 */
const siteService = ({ strapi }: { strapi: Core.Strapi }) => {
  // the unit tree changes rarely: a site's units are read once per version of reference data
  const known = new LRUCache<string, SiteUnits>({ max: 1000 });

  const lookUp = async (slug: string): Promise<SiteUnits> => {
    const { unitUid, selfGoverningKinds } = pluginConfig(strapi);
    const unit = await rowsOf<Pick<UnitTreeRow, 'id' | 'path'>>(strapi, unitUid).findOne({
      where: { slug },
      select: ['id', 'path'],
    });
    if (!unit?.path) {
      throw new errors.ValidationError(`Không có đơn vị nào có đường dẫn "${slug}" (site).`, {
        errors: [{ path: ['site'], message: 'unknown site', name: 'ValidationError' }],
      });
    }
    const ancestors = idsOnPath(unit.path).slice(0, -1);
    const speakers = await rowsOf<Pick<UnitTreeRow, 'id' | 'parent'>>(strapi, unitUid).findMany({
      where: {
        parent: { id: { $in: [...ancestors, unit.id] } },
        kind: { $notIn: selfGoverningKinds },
      },
      select: ['id'],
      populate: { parent: { select: ['id'] } },
    });
    const speaksFor = (id: number) => speakers.filter((s) => s.parent?.id === id).map((s) => s.id);
    return {
      own: [unit.id, ...speaksFor(unit.id)],
      above: ancestors.flatMap((id) => [id, ...speaksFor(id)]),
    };
  };

  return {
    async unitsOf(slug: string): Promise<SiteUnits> {
      const { text } = await getService(strapi, 'content-version').fingerprint([COMMON_SCOPE]);
      const key = `${slug}\n${text}`;
      const cached = known.get(key);
      if (cached) {
        return cached;
      }
      const units = await lookUp(slug);
      known.set(key, units);
      return units;
    },

    /** A site's units for the current caller: a site token reads only its own site. */
    async unitsFor(slug: string): Promise<SiteUnits> {
      const token = siteTokenOf(strapi);
      if (token && token.unit.slug !== slug) {
        throw new errors.PolicyError(
          `Mã truy cập trang này chỉ đọc trang của đơn vị mình (site=${token.unit.slug}).`
        );
      }
      return this.unitsOf(slug);
    },

    /** Document Service filters for a type's items on a site. */
    async filtersFor(uid: UID.ContentType, slug: string): Promise<Record<string, unknown>> {
      const units = await this.unitsFor(slug);
      const filters = siteRows(strapi, uid, units);
      if (!filters) {
        throw new errors.ValidationError(`"site" does not apply to ${uid}.`);
      }
      return filters;
    },
  };
};

export default siteService;
export type SiteService = ReturnType<typeof siteService>;
