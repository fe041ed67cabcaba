import type { Core } from '@strapi/strapi';
import DataLoader from 'dataloader';
import { requestState } from '../core/http/context';

type Row = Record<string, unknown> & { id: number };
type Params = Record<string, unknown>;

interface EntityManager {
  load(
    uid: string,
    entity: { id?: number },
    fields: string | string[],
    params?: Params
  ): Promise<unknown>;
  findMany(uid: string, params: Params): Promise<Row[]>;
}

interface RelationMeta {
  type: string;
  relation?: string;
}

interface LoaderState {
  cchcRelationLoaders?: Map<string, DataLoader<number, unknown>>;
}

const isPlain = (value: unknown): boolean => {
  if (value === null || ['string', 'number', 'boolean', 'undefined'].includes(typeof value)) {
    return true;
  }
  if (Array.isArray(value)) {
    return value.every(isPlain);
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value as Params).every(isPlain);
  }
  return false;
};

const isToMany = (attribute: RelationMeta) =>
  Boolean(attribute.relation?.endsWith('Many')) && !attribute.relation?.startsWith('morph');

const toCount = (value: unknown, fallback: number) => {
  const number = Number(value);
  return Number.isSafeInteger(number) && number >= 0 ? number : fallback;
};

interface Batch {
  manager: EntityManager;
  /** Strapi's own load, for the items that keep their own query. */
  load: EntityManager['load'];
  uid: string;
  field: string;
}

/** The relation of each item, by the item's id, in one query. */
const loaded = async (
  { manager, uid, field }: Batch,
  params: Params | undefined,
  ids: readonly number[]
) => {
  const rows = await manager.findMany(uid, {
    select: ['id'],
    where: { id: { $in: [...ids] } },
    populate: { [field]: params ?? true },
  });
  return new Map(rows.map((row) => [row.id, row[field]]));
};

/** A page of a to-many relation per item: one count, then one load for the items it covers. */
const pagedLoads = async (batch: Batch, params: Params, ids: readonly number[]) => {
  const { limit, offset, ...rest } = params;
  const start = toCount(offset, 0);
  const size = toCount(limit, Number.MAX_SAFE_INTEGER);
  const counted = await batch.manager.findMany(batch.uid, {
    select: ['id'],
    where: { id: { $in: [...ids] } },
    populate: { [batch.field]: { where: rest.where, filters: rest.filters, count: true } },
  });
  const countOf = new Map(
    counted.map((row) => [row.id, (row[batch.field] as { count?: number })?.count ?? 0])
  );
  const fits = (id: number) =>
    countOf.get(id) !== undefined && (countOf.get(id) ?? 0) <= start + size;
  const small = ids.filter(fits);
  const byId = small.length > 0 ? await loaded(batch, rest, small) : new Map();
  return Promise.all(
    ids.map((id) =>
      fits(id)
        ? ((byId.get(id) as unknown[] | undefined) ?? []).slice(start, start + size)
        : batch.load(batch.uid, { id }, batch.field, params)
    )
  );
};

const loadAll = async (
  strapi: Core.Strapi,
  batch: Batch,
  params: Params | undefined,
  ids: readonly number[]
): Promise<unknown[]> => {
  const attribute = (strapi.db.metadata.get(batch.uid).attributes as Record<string, RelationMeta>)[
    batch.field
  ];
  const { limit, offset, ...rest } = params ?? {};
  if (!isToMany(attribute)) {
    // a page has no meaning for one related row, and would cut the rows of all the items
    const byId = await loaded(batch, rest, ids);
    return ids.map((id) => byId.get(id) ?? null);
  }
  if (limit === undefined && offset === undefined) {
    const byId = await loaded(batch, params, ids);
    return ids.map((id) => byId.get(id) ?? []);
  }
  return pagedLoads(batch, params ?? {}, ids);
};

/**
 * GraphQL resolves each relation of each item with its own `load` (two queries per item and
 * relation). Within one request, loads of the same relation with the same arguments are
 * gathered per tick (DataLoader) and answered by one query for all the items, whatever the page
 * size. A to-many relation with a page (`limit`) is counted first, in one query: items with no
 * more related rows than the page reaches share one unlimited load, cut per item; others (a
 * column's thousands of articles) keep their own paged load. Loads inside a transaction, of
 * several fields, or with arguments that are not plain data go their usual way.
 */
export const batchRelationLoads = (strapi: Core.Strapi) => {
  const manager = strapi.db.entityManager as unknown as EntityManager;
  const load = manager.load.bind(manager);

  manager.load = (uid, entity, fields, params) => {
    const state = requestState<LoaderState>(strapi);
    if (
      !state ||
      typeof fields !== 'string' ||
      typeof entity?.id !== 'number' ||
      strapi.db.inTransaction() ||
      !isPlain(params)
    ) {
      return load(uid, entity, fields, params);
    }
    const loaders = (state.cchcRelationLoaders ??= new Map());
    const key = `${uid}\n${fields}\n${JSON.stringify(params ?? null)}`;
    let loader = loaders.get(key);
    if (!loader) {
      // batching only: a mutation earlier in the same request may change what a load returns
      loader = new DataLoader(
        (ids: readonly number[]) =>
          loadAll(strapi, { manager, load, uid, field: fields }, params, ids),
        {
          cache: false,
        }
      );
      loaders.set(key, loader);
    }
    return loader.load(entity.id);
  };
};
