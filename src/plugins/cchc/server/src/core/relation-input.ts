import type { Core, UID } from '@strapi/strapi';
import { rowsOf } from './rows';

/** What a write says about a to-one relation: leave it, clear it, or point it at a document. */
export type ToOneChange =
  | { kind: 'unchanged' }
  | { kind: 'cleared' }
  | { kind: 'set'; ref: { documentId?: string; id?: number } };

type Ref = { documentId?: string; id?: number | string } | string | number;

const toRef = (value: Ref): { documentId?: string; id?: number } | null => {
  if (typeof value === 'number') {
    return { id: value };
  }
  if (typeof value === 'string') {
    return /^\d+$/.test(value) ? { id: Number(value) } : { documentId: value };
  }
  if (value && typeof value === 'object') {
    if (typeof value.documentId === 'string') {
      return { documentId: value.documentId };
    }
    if (value.id !== undefined) {
      return { id: Number(value.id) };
    }
  }
  return null;
};

/**
 * Reads the to-one relation forms the Document Service accepts: an id or documentId,
 * `{ documentId }`, `{ connect: [...] }`, `{ set: [...] }`, `{ disconnect: [...] }`, null.
 */
export const toOneChange = (
  data: Record<string, unknown> | undefined,
  field: string
): ToOneChange => {
  if (!data || !(field in data)) {
    return { kind: 'unchanged' };
  }
  const value = data[field];
  if (value === null || (Array.isArray(value) && value.length === 0)) {
    return { kind: 'cleared' };
  }
  if (Array.isArray(value)) {
    const ref = toRef(value[value.length - 1] as Ref);
    return ref ? { kind: 'set', ref } : { kind: 'unchanged' };
  }
  if (typeof value === 'object') {
    const { connect, set, disconnect } = value as {
      connect?: Ref[];
      set?: Ref[];
      disconnect?: Ref[];
    };
    const target = set ?? connect;
    if (Array.isArray(target) && target.length > 0) {
      const ref = toRef(target[target.length - 1]);
      return ref ? { kind: 'set', ref } : { kind: 'unchanged' };
    }
    if (Array.isArray(set) && set.length === 0) {
      return { kind: 'cleared' };
    }
    if (Array.isArray(disconnect) && disconnect.length > 0) {
      return { kind: 'cleared' };
    }
    if (connect === undefined && set === undefined && disconnect === undefined) {
      const ref = toRef(value);
      return ref ? { kind: 'set', ref } : { kind: 'unchanged' };
    }
    return { kind: 'unchanged' };
  }
  const ref = toRef(value as Ref);
  return ref ? { kind: 'set', ref } : { kind: 'unchanged' };
};

/** Row id of a non-draft-and-publish document (such as a unit) from either kind of reference. */
export const resolveRowId = async (
  strapi: Core.Strapi,
  uid: UID.ContentType,
  ref: { documentId?: string; id?: number }
): Promise<number | null> => {
  const where = ref.documentId !== undefined ? { documentId: ref.documentId } : { id: ref.id };
  const row = await rowsOf<{ id: number }>(strapi, uid).findOne({ where, select: ['id'] });
  return row?.id ?? null;
};
