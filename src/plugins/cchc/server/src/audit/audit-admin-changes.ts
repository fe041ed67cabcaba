import type { Core } from '@strapi/strapi';
import { getService } from '../core/get-service';

/** What a lifecycle of the admin models hands over: the row or rows written, or a `*Many`'s count. */
interface AdminResult {
  name?: unknown;
  code?: unknown;
  email?: unknown;
  documentId?: string;
  count?: number;
}

interface LifecycleEvent {
  action: string;
  model: { uid: string };
  params: { data?: Record<string, unknown>; where?: unknown };
  result?: AdminResult | AdminResult[];
}

const firstResult = (event: LifecycleEvent) =>
  Array.isArray(event.result) ? event.result[0] : event.result;

const ROLE_MODELS = ['admin::role', 'admin::permission', 'admin::user'];

const describe = (event: LifecycleEvent): string | null => {
  const { uid } = event.model;
  const result = firstResult(event);
  if (uid === 'admin::role') {
    return `Vai trò ${String(result?.name ?? result?.code ?? '')}: ${event.action}`;
  }
  if (uid === 'admin::permission') {
    const count = Array.isArray(event.result) ? undefined : event.result?.count;
    return `Quyền của vai trò: ${event.action}${count !== undefined ? ` (${count})` : ''}`;
  }
  // admin users: only a change of roles is a role change
  if (event.params.data && 'roles' in event.params.data) {
    return `Vai trò của tài khoản ${String(result?.email ?? '')}`;
  }
  return null;
};

/**
 * Admin roles, their permissions and users' roles are not documents: the Document Service never
 * sees them. Their changes reach the audit trail through the database lifecycles of those models.
 */
export const auditAdminChanges = (strapi: Core.Strapi) => {
  const record = async (event: LifecycleEvent) => {
    const audit = getService(strapi, 'audit');
    const summary = describe(event);
    if (!summary || !audit.enabled()) {
      return;
    }
    await audit.record({
      action: 'role',
      contentType: event.model.uid,
      documentId: firstResult(event)?.documentId ?? null,
      summary,
    });
  };
  strapi.db.lifecycles.subscribe({
    models: ROLE_MODELS,
    afterCreate: record,
    afterUpdate: record,
    afterDelete: record,
    afterCreateMany: record,
    afterDeleteMany: record,
  });
};
