import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MEMBERSHIP_UID } from '../../core/constants';
import { canOn } from '../../core/admin-ability';
import { ownerFieldOf, pluginConfig } from '../../core/plugin-config';
import { rowsOf } from '../../core/rows';
import type { MembershipRow } from './unit-scope';

const FILE = 'plugin::upload.file';
const FOLDER = 'plugin::upload.folder';

export interface MediaCaller {
  userId: number;
  ability: unknown;
  isSuperAdmin: boolean;
}

/** What a media-library request is about to change, delete or put something into. */
export interface MediaTargets {
  fileIds?: number[];
  /** folders changed by themselves (renamed, or a new file or folder put in them) */
  folderIds?: number[];
  /** folders changed with everything in them (deleted or moved) */
  folderTrees?: number[];
}

/** A file or folder of the media library, with who made it when populated. */
interface MediaRow {
  id: number;
  createdBy?: { id: number } | null;
}

/** A folder: its place in the folder tree. */
interface FolderRow extends MediaRow {
  path: string;
}

const FORBIDDEN =
  'Chỉ được sửa, thay, di chuyển hoặc xóa tệp và thư mục của đơn vị mình (do người thuộc đơn vị mình tải lên, tạo ra).';

/**
 * The media library's unit scope. A file or folder belongs to the units of the admin user who
 * uploaded or created it (their memberships). A caller may change or delete it when they made
 * it, or when they may edit content (articles, leaflets, scripts, trainings) of one of those
 * units; a super admin always. Something nobody in a unit made (the speech worker's audio,
 * files from the Content API) is for super admins only.
 */
const mediaScopeService = ({ strapi }: { strapi: Core.Strapi }) => {
  const owned = async (uid: string, where: Record<string, unknown>) =>
    rowsOf<MediaRow>(strapi, uid).findMany({
      where,
      select: ['id'],
      populate: { createdBy: { select: ['id'] } },
    });

  /** Everything a folder holds, itself included, at any depth. */
  const trees = async (folderIds: number[]) => {
    const roots = await rowsOf<Pick<FolderRow, 'path'>>(strapi, FOLDER).findMany({
      where: { id: { $in: folderIds } },
      select: ['path'],
    });
    if (roots.length === 0) {
      return [];
    }
    const inside = (field: string) => ({
      $or: roots.flatMap(({ path }) => [
        { [field]: path },
        { [field]: { $startsWith: `${path}/` } },
      ]),
    });
    return [...(await owned(FOLDER, inside('path'))), ...(await owned(FILE, inside('folderPath')))];
  };

  /** Unit ids of each creator, from their memberships. */
  const unitsOf = async (userIds: number[]) => {
    const rows = await rowsOf<MembershipRow>(strapi, MEMBERSHIP_UID).findMany({
      where: { user: { id: { $in: userIds } }, unit: { id: { $notNull: true } } },
      populate: { user: { select: ['id'] }, unit: { select: ['id'] } },
    });
    const units = new Map<number, number[]>();
    for (const row of rows) {
      if (row.user && row.unit) {
        units.set(row.user.id, [...(units.get(row.user.id) ?? []), row.unit.id]);
      }
    }
    return units;
  };

  return {
    /** Throws 403 unless the caller may change every file and folder named. */
    async assertManageable(caller: MediaCaller, targets: MediaTargets) {
      if (caller.isSuperAdmin) {
        return;
      }
      const { fileIds = [], folderIds = [], folderTrees = [] } = targets;
      const rows = [
        ...(fileIds.length ? await owned(FILE, { id: { $in: fileIds } }) : []),
        ...(folderIds.length ? await owned(FOLDER, { id: { $in: folderIds } }) : []),
        ...(folderTrees.length ? await trees(folderTrees) : []),
      ];
      const creators = [...new Set(rows.map((row) => row.createdBy?.id ?? null))];
      if (creators.includes(null)) {
        throw new errors.PolicyError(FORBIDDEN);
      }
      const others = creators.filter((id): id is number => id !== null && id !== caller.userId);
      if (others.length === 0) {
        return;
      }
      const units = await unitsOf(others);
      const contentTypes = pluginConfig(strapi).review.types;
      const mayEditIn = (unitId: number) =>
        contentTypes.some((uid) => {
          const field = ownerFieldOf(strapi, uid);
          return field && canOn(strapi, caller.ability, uid, 'update', { [field]: { id: unitId } });
        });
      if (!others.every((creator) => (units.get(creator) ?? []).some(mayEditIn))) {
        throw new errors.PolicyError(FORBIDDEN);
      }
    },
  };
};

export default mediaScopeService;
export type MediaScopeService = ReturnType<typeof mediaScopeService>;
