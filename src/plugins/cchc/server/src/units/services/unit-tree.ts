import type { Core } from '@strapi/strapi';
import { unitUidOf } from '../../core/plugin-config';
import { forgetRows } from '../../core/row-memo';
import { rowsOf } from '../../core/rows';

/**
 * The unit tree as a materialised path: each unit stores `/rootId/…/parentId/ownId/` and its depth.
 * "Below U" is one indexed prefix query, whatever the depth; moving a unit rewrites the paths
 * of its subtree in one UPDATE.
 */
export interface UnitNode {
  id: number;
  path: string;
  depth: number;
}

/** A unit as the tree reads it: where it is, and its parent when populated. */
export interface UnitTreeRow {
  id: number;
  path: string | null;
  depth: number | null;
  parent?: { id: number } | null;
}

export const pathFor = (parentPath: string | null | undefined, id: number) =>
  `${parentPath ?? '/'}${id}/`;

/** Ids on a path, root first: `/1/5/23/` → [1, 5, 23]. */
export const idsOnPath = (path: string) => path.split('/').filter(Boolean).map(Number);

/** The parent's path of a unit path: `/1/5/23/` → `/1/5/`; a root has none. */
export const parentPathOf = (path: string) => {
  const ids = idsOnPath(path);
  return ids.length > 1 ? `/${ids.slice(0, -1).join('/')}/` : null;
};

const unitTreeService = ({ strapi }: { strapi: Core.Strapi }) => {
  const units = () => rowsOf<UnitTreeRow>(strapi, unitUidOf(strapi));
  const table = () => strapi.db.metadata.get(unitUidOf(strapi)).tableName;

  return {
    async load(id: number): Promise<UnitTreeRow | null> {
      return units().findOne({
        where: { id },
        select: ['id', 'path', 'depth'],
        populate: { parent: { select: ['id', 'path', 'depth'] } },
      });
    },

    /** Recomputes the path of one unit from its parent and carries the change down its subtree. */
    async place(id: number): Promise<void> {
      const unit = await this.load(id);
      if (!unit) {
        return;
      }
      const parent = unit.parent ? await this.load(unit.parent.id) : null;
      if (parent && !parent.path) {
        await this.place(parent.id);
        return this.place(id);
      }
      const path = pathFor(parent?.path, id);
      const depth = (parent?.depth ?? -1) + 1;
      const oldPath = unit.path;
      if (oldPath === path && unit.depth === depth) {
        return;
      }
      const knex = strapi.db.connection;
      if (oldPath) {
        const delta = depth - (unit.depth ?? 0);
        // Descendants keep their own tail and take the new prefix.
        await knex(table())
          .where('path', 'like', `${oldPath}%`)
          .whereNot('id', id)
          .update({
            path: knex.raw('? || substr(path, ?)', [path, oldPath.length + 1]),
            depth: knex.raw('depth + ?', [delta]),
          });
      }
      await knex(table()).where('id', id).update({ path, depth });
      forgetRows(unitUidOf(strapi));
    },

    /** True when some unit has no path yet (data loaded before paths existed, or written by hand). */
    async hasUnplaced() {
      return (await units().count({ where: { path: null } })) > 0;
    },

    /** Computes every path from the parent links: for data loaded before paths existed. */
    async rebuild() {
      const rows = await units().findMany({
        select: ['id', 'path', 'depth'],
        populate: { parent: { select: ['id'] } },
      });
      const parentOf = new Map(rows.map((r) => [r.id, r.parent?.id ?? null]));
      const computed = new Map<number, { path: string; depth: number }>();
      const compute = (id: number, seen: Set<number>): { path: string; depth: number } => {
        const known = computed.get(id);
        if (known) {
          return known;
        }
        const parentId = parentOf.get(id) ?? null;
        // A cycle stored before this rule existed is cut at the unit that closes it.
        const parent =
          parentId !== null && !seen.has(parentId)
            ? compute(parentId, new Set(seen).add(id))
            : null;
        const node = { path: pathFor(parent?.path, id), depth: parent ? parent.depth + 1 : 0 };
        computed.set(id, node);
        return node;
      };
      const knex = strapi.db.connection;
      let changed = 0;
      for (const row of rows) {
        const { path, depth } = compute(row.id, new Set([row.id]));
        if (row.path !== path || row.depth !== depth) {
          await knex(table()).where('id', row.id).update({ path, depth });
          changed += 1;
        }
      }
      return changed;
    },

    /** Ids of the units at or below any of the given paths, in one query. */
    async idsAtOrBelow(paths: string[]): Promise<number[]> {
      if (paths.length === 0) {
        return [];
      }
      // inside the caller's transaction when there is one (SQLite has a single connection)
      const rows: Array<{ id: number }> = await strapi.db.transaction(({ trx }) =>
        trx(table())
          .select('id')
          .where((q: { orWhere(column: string, op: string, value: string): unknown }) => {
            for (const path of paths) {
              q.orWhere('path', 'like', `${path}%`);
            }
          })
      );
      return rows.map((r) => r.id);
    },

    /** True when `candidateParentId` is `id` itself or one of its descendants. */
    async wouldCycle(id: number, candidateParentId: number) {
      if (id === candidateParentId) {
        return true;
      }
      const candidate = await this.load(candidateParentId);
      return Boolean(candidate?.path && idsOnPath(candidate.path).includes(id));
    },
  };
};

export default unitTreeService;
export type UnitTreeService = ReturnType<typeof unitTreeService>;
