import type { Core } from '@strapi/strapi';
import { LRUCache } from 'lru-cache';
import { getService } from '../../core/get-service';
import { rowsOf } from '../../core/rows';
import { FALSE, conditionKey, driversOf, type Condition } from '../read-model/condition';
import { NotPlannable, planFilters, type PlanSubject } from '../read-model/filter-plan';
import { refreshReadModel } from '../read-model/refresh';
import { countStatement, pageStatement, type Direction } from '../read-model/sql';
import { ITEMS, LINKS } from '../read-model/tables';
import { readTypeOf, readTypes, type ReadType } from '../read-types';
import { COMMON_SCOPE } from './content-version';

/** A relation filter matching more reference rows than this is left to the ordinary path. */
const MAX_TARGETS = 5000;

type Json = Record<string, unknown>;

/**
 * The read model of published items (`cchc_read_items`, `cchc_read_links`): kept by the same
 * transaction as each publish, unpublish and delete, it answers public lists from one index
 * whatever the size of the tables, and counts them once per content version.
 */
const readModelService = ({ strapi }: { strapi: Core.Strapi }) => {
  const targets = new LRUCache<string, number[]>({ max: 2000 });
  const counts = new LRUCache<string, number>({ max: 5000 });
  const versions = () => getService(strapi, 'content-version');

  const resolve = async (target: string, filter: Json): Promise<number[] | null> => {
    const { text } = await versions().fingerprint([COMMON_SCOPE]);
    const key = `${target}\n${JSON.stringify(filter)}\n${text}`;
    const known = targets.get(key);
    if (known) {
      return known;
    }
    const rows = await rowsOf<{ id: number }>(strapi, target).findMany({
      where: filter,
      select: ['id'],
      limit: MAX_TARGETS + 1,
    });
    if (rows.length > MAX_TARGETS) {
      return null;
    }
    const ids = rows.map((row) => row.id);
    targets.set(key, ids);
    return ids;
  };

  const subjectOf = (type: ReadType): PlanSubject => ({
    ownerField: type.ownerField,
    ownerTarget: type.owner.target,
    sharedField: type.sharedField,
    links: Object.fromEntries(type.links.map((link) => [link.field, link.target])),
    resolve,
  });

  return {
    typeOf(uid: string) {
      return readTypeOf(strapi, uid);
    },

    /** The filters restated over the read model, or null when they cannot be. */
    async plan(type: ReadType, filters: unknown): Promise<Condition | null> {
      try {
        return await planFilters(subjectOf(type), filters);
      } catch (error) {
        if (error instanceof NotPlannable) {
          return null;
        }
        throw error;
      }
    },

    /** Row ids of one page, in order. */
    async page(
      type: ReadType,
      condition: Condition,
      { direction, offset, limit }: { direction: Direction; offset: number; limit: number }
    ): Promise<number[]> {
      const statement = pageStatement(strapi.db.connection, {
        key: type.key,
        condition,
        direction,
        offset,
        limit,
      });
      if (!statement || limit === 0) {
        return [];
      }
      const rows = await statement;
      return rows.map((row) => Number(row.row_id));
    },

    /** How many items meet the condition, counted once per content version. */
    async count(type: ReadType, condition: Condition): Promise<number> {
      if (condition === FALSE || driversOf(condition)?.length === 0) {
        return 0;
      }
      const { text } = await versions().fingerprint([type.uid, COMMON_SCOPE]);
      const key = `${type.key}\n${conditionKey(condition)}\n${text}`;
      const known = counts.get(key);
      if (known !== undefined) {
        return known;
      }
      const [row] = await countStatement(strapi.db.connection, type.key, condition);
      const total = Number(row?.n ?? 0);
      counts.set(key, total);
      return total;
    },

    /** Rewrites the documents' rows, in the current transaction. */
    async refresh(uid: string, documentIds: string[]) {
      const type = readTypeOf(strapi, uid);
      if (!type) {
        return;
      }
      await strapi.db.transaction(({ trx }) => refreshReadModel(trx, type, documentIds));
    },

    /** Rebuilds the whole read model from the tables (after a bulk load with SQL). */
    async rebuild() {
      const rebuilt: Record<string, number> = {};
      for (const type of readTypes(strapi)) {
        await strapi.db.transaction(({ trx }) => refreshReadModel(trx, type, null));
        const [row] = await strapi.db
          .connection<{ n: number | string }>(ITEMS)
          .count({ n: '*' })
          .where('content_type', type.key);
        rebuilt[type.uid] = Number(row?.n ?? 0);
      }
      await versions().bump([COMMON_SCOPE, ...readTypes(strapi).map((type) => type.uid)]);
      return rebuilt;
    },

    /**
     * Drops references to deleted reference rows (a deleted unit, column or topic), in the
     * current transaction, as the link tables lose them.
     */
    async forgetTargets(uid: string, ids: number[]) {
      if (ids.length === 0) {
        return;
      }
      await strapi.db.transaction(async ({ trx }) => {
        for (const type of readTypes(strapi)) {
          if (type.owner.target === uid) {
            await trx(ITEMS)
              .where('content_type', type.key)
              .whereIn('unit_id', ids)
              .update({ unit_id: null });
          }
          const fields = type.links.filter((link) => link.target === uid).map((link) => link.field);
          if (fields.length > 0) {
            await trx(LINKS)
              .where('content_type', type.key)
              .whereIn('field', fields)
              .whereIn('target_id', ids)
              .delete();
          }
        }
      });
    },
  };
};

export default readModelService;
export type ReadModelService = ReturnType<typeof readModelService>;
