import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { REVIEW_FIELDS } from '../../core/constants';
import { getService } from '../../core/get-service';
import { ownerFieldOf, pluginConfig } from '../../core/plugin-config';
import { titleOf } from '../stages';

/** Longest queue the page reads per type; a review queue longer than this is a backlog to fix by hand. */
const QUEUE_CAP = 1000;

export const queueQuerySchema = z.strictObject({
  type: z.string().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type QueueQuery = z.infer<typeof queueQuerySchema>;

interface QueueChecker {
  cannot: { publish: () => boolean };
  sanitizedQuery: { publish: (query: object) => Promise<{ filters?: unknown }> };
}

interface PermissionCheckers {
  create(params: { userAbility: unknown; model: string }): QueueChecker;
}

type Row = Record<string, unknown> & { documentId: string };

/**
 * What waits for a reviewer: submitted documents of every reviewed type they may publish
 * (their unit and below, by their role's conditions), oldest submission first.
 */
const reviewQueueService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(
    reviewer: { ability: unknown; userId: string; isSuperAdmin: boolean },
    { type, page, pageSize }: QueueQuery
  ) {
    const { types } = pluginConfig(strapi).review;
    const review = getService(strapi, 'review');
    const items = [];
    for (const uid of types.filter((t) => !type || t === type)) {
      const checker = strapi
        .plugin('content-manager')
        .service<PermissionCheckers>('permission-checker')
        .create({ userAbility: reviewer.ability, model: uid });
      if (checker.cannot.publish()) {
        continue;
      }
      const { filters } = await checker.sanitizedQuery.publish({
        filters: { [REVIEW_FIELDS.stage]: 'submitted' },
      });
      const owner = ownerFieldOf(strapi, uid);
      const rows = (await strapi.documents(uid).findMany({
        filters,
        status: 'draft',
        sort: [{ [REVIEW_FIELDS.stageAt]: 'asc' }, { id: 'asc' }],
        populate: owner ? { [owner]: { fields: ['name'] } } : undefined,
        limit: QUEUE_CAP,
      } as never)) as unknown as Row[];
      const submitters = await review.submitters(
        uid,
        rows.map((row) => row.documentId)
      );
      const model = strapi.contentTypes[uid];
      for (const row of rows) {
        const unit = owner ? (row[owner] as { documentId?: string; name?: string } | null) : null;
        const submitter = submitters.get(row.documentId) ?? null;
        items.push({
          contentType: uid,
          typeLabel: model.info.displayName,
          documentId: row.documentId,
          title: titleOf(row) ?? '',
          unit: unit ? { documentId: unit.documentId, name: unit.name } : null,
          submittedAt: row[REVIEW_FIELDS.stageAt] ?? null,
          submittedBy: submitter?.label ?? null,
          publishAt: row[REVIEW_FIELDS.publishAt] ?? null,
          // a reviewer does not decide on what they sent themselves
          canDecide: reviewer.isSuperAdmin || submitter?.id !== reviewer.userId,
        });
      }
    }
    items.sort((a, b) => String(a.submittedAt ?? '').localeCompare(String(b.submittedAt ?? '')));
    const start = (page - 1) * pageSize;
    return {
      results: items.slice(start, start + pageSize),
      pagination: {
        page,
        pageSize,
        total: items.length,
        pageCount: Math.ceil(items.length / pageSize),
      },
    };
  },
});

export default reviewQueueService;
