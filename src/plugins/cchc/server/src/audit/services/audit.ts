import type { Core, Schema, UID } from '@strapi/strapi';
import { AUDIT_UID, MEMBERSHIP_UID, SITE_TOKEN_UID } from '../../core/constants';
import { findCurrentRow } from '../../core/current-row';
import { ownerFieldOf, pluginConfig } from '../../core/plugin-config';
import { attributesOf } from '../../core/plugin-options';
import { requestState } from '../../core/http/context';
import { rowsOf } from '../../core/rows';
import { schemaOf } from '../../core/schemas';

export type AuditAction =
  'create' | 'update' | 'delete' | 'publish' | 'unpublish' | 'discard' | 'transition' | 'role';

/** A record of the trail, as the query engine reads it. */
export interface AuditEntry {
  id: number;
  occurredAt: string;
  action: AuditAction;
  contentType: string;
  targetDocumentId: string | null;
  summary: string | null;
  unitName: string | null;
  actorType: 'admin' | 'api-token' | 'user' | 'public' | 'system';
  actorId: string | null;
  actorLabel: string | null;
  changedFields: string[] | null;
  /** before and after of the short fields that changed, by field */
  changes: Record<string, { before?: unknown; after?: unknown }> | null;
  comment: string | null;
  requestId: string | null;
  ip: string | null;
}

type Row = Record<string, unknown> & { documentId?: string };

/** Attribute types whose before/after values are short enough to keep in the record. */
const SHORT_SCALARS = new Set([
  'string',
  'email',
  'uid',
  'enumeration',
  'boolean',
  'integer',
  'biginteger',
  'float',
  'decimal',
  'date',
  'datetime',
  'time',
]);
const SHORT_VALUE_LENGTH = 200;
const SYSTEM_FIELDS = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
]);

/** What the trail reads of the caller beside the fields every request state has. */
interface ActorState {
  user: { email?: string };
  auth: { credentials?: { email?: string; username?: string } | null };
}

/** Comparable form of a field's value: relations by documentId, components without row ids. */
const comparable = (value: unknown): unknown => {
  if (Array.isArray(value)) {
    return value.map(comparable);
  }
  if (value && typeof value === 'object') {
    if ('documentId' in value && typeof value.documentId === 'string') {
      return value.documentId;
    }
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => key !== 'id' && key !== '__component')
        .map(([key, inner]) => [key, comparable(inner)])
    );
  }
  return value ?? null;
};

const short = (value: unknown) =>
  value === null ||
  value === undefined ||
  typeof value !== 'string' ||
  value.length <= SHORT_VALUE_LENGTH;

/**
 * The append-only audit trail: who did what to which document, from where, with the changed
 * field names and before/after values of short fields. Records are written in the transaction
 * of the change they describe, so a write that fails leaves none.
 */
const auditService = ({ strapi }: { strapi: Core.Strapi }) => ({
  enabled() {
    return pluginConfig(strapi).audit.enabled;
  },

  isAudited(uid: string) {
    return uid.startsWith('api::') || uid === MEMBERSHIP_UID || uid === SITE_TOKEN_UID;
  },

  /**
   * The document as it stands (its draft row when it has one), relations and components one
   * level deep; read through the query engine so no read rule of the Content API applies.
   */
  async snapshot(
    uid: UID.ContentType,
    documentId: string,
    fields: string[] = []
  ): Promise<Row | null> {
    const model = strapi.contentTypes[uid];
    // Only the relations the write touches, and the owner: each one costs a join.
    const wanted = new Set([...fields, ownerFieldOf(strapi, uid) ?? '']);
    const populate = Object.fromEntries(
      Object.entries(attributesOf(model))
        .filter(
          ([field, a]) =>
            wanted.has(field) &&
            !SYSTEM_FIELDS.has(field) &&
            ['relation', 'component', 'media', 'dynamiczone'].includes(a.type)
        )
        .map(([field]) => [field, true])
    );
    return await findCurrentRow(strapi, uid, documentId, { populate });
  },

  diff(
    model: Schema.ContentType,
    before: Row | null,
    after: Row | null,
    data: Record<string, unknown> | undefined
  ) {
    const changedFields: string[] = [];
    const changes: Record<string, { before: unknown; after: unknown }> = {};
    for (const [field, attribute] of Object.entries(attributesOf(model))) {
      if (SYSTEM_FIELDS.has(field) || (data && !(field in data))) {
        continue;
      }
      const was = before?.[field];
      const now = after?.[field];
      if (JSON.stringify(comparable(was)) === JSON.stringify(comparable(now))) {
        continue;
      }
      changedFields.push(field);
      // a private field's value (a key hash, a tree path) never goes into the trail
      const isPrivate = 'private' in attribute && attribute.private === true;
      if (!isPrivate && SHORT_SCALARS.has(attribute.type) && short(was) && short(now)) {
        changes[field] = { before: was ?? null, after: now ?? null };
      }
    }
    return { changedFields, changes };
  },

  /** Who is acting: an admin, an API token, a front-end user, the Public role, or the system itself. */
  actor() {
    const ctx = strapi.requestContext.get();
    const state = requestState<ActorState>(strapi);
    const base = { requestId: state?.requestId ?? null, ip: ctx?.request?.ip ?? null };
    if (!ctx) {
      return { ...base, actorType: 'system' as const, actorId: null, actorLabel: 'hệ thống' };
    }
    if (state?.user && !state.auth?.strategy?.name?.includes('token') && state.user.email) {
      return {
        ...base,
        actorType: 'admin' as const,
        actorId: String(state.user.id),
        actorLabel: state.user.email,
      };
    }
    const credentials = state?.auth?.credentials;
    if (state?.auth?.strategy?.name?.includes('api-token') && credentials) {
      return {
        ...base,
        actorType: 'api-token' as const,
        actorId: String(credentials.id),
        actorLabel: credentials.name ?? 'API token',
      };
    }
    if (credentials) {
      return {
        ...base,
        actorType: 'user' as const,
        actorId: String(credentials.id),
        actorLabel: credentials.email ?? credentials.username ?? '',
      };
    }
    return { ...base, actorType: 'public' as const, actorId: null, actorLabel: 'Public' };
  },

  async record(entry: {
    action: AuditAction;
    contentType: string;
    documentId?: string | null;
    row?: Row | null;
    changedFields?: string[];
    changes?: Record<string, unknown>;
    summary?: string;
    comment?: string | null;
  }) {
    const model = schemaOf(strapi, entry.contentType);
    const ownerField = ownerFieldOf(strapi, entry.contentType);
    const owner = (
      ownerField
        ? entry.row?.[ownerField]
        : entry.contentType === pluginConfig(strapi).unitUid
          ? entry.row
          : null
    ) as { id?: number; name?: string } | null | undefined;
    // the first naming field the record has a value for (a report's title is often empty)
    const label = ['title', 'name', 'periodLabel', 'documentNumber']
      .filter((f) => model && f in model.attributes)
      .map((f) => entry.row?.[f])
      .find((v) => typeof v === 'string' && v.trim() !== '');
    await rowsOf<AuditEntry>(strapi, AUDIT_UID).create({
      data: {
        occurredAt: new Date(),
        action: entry.action,
        contentType: entry.contentType,
        targetDocumentId: entry.documentId ?? null,
        summary: String(entry.summary ?? label ?? '').slice(0, 300),
        unit: owner?.id ?? null,
        unitName: owner?.name ?? null,
        changedFields: entry.changedFields ?? null,
        changes: entry.changes && Object.keys(entry.changes).length > 0 ? entry.changes : null,
        comment: entry.comment ?? null,
        ...this.actor(),
      },
    });
  },
});

export default auditService;
export type AuditService = ReturnType<typeof auditService>;
