import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { AUDIT_UID, REVIEW_EVENTS, REVIEW_FIELDS, type ReviewStage } from '../../core/constants';
import { adminRequest, canOn } from '../../core/admin-ability';
import {
  EVENTS,
  REVIEW_ACTIONS,
  MOVES,
  STAGE_LABELS,
  stageOf,
  type ReviewAction,
  type Row,
  type Transition,
} from '../stages';
import { findCurrentRow } from '../../core/current-row';
import { reviewEventPayload } from '../event-payload';
import { getService } from '../../core/get-service';
import { ownerFieldOf, pluginConfig } from '../../core/plugin-config';
import { rowsOf } from '../../core/rows';
import type { AuditEntry } from '../../audit/services/audit';

const COMMENT_MAX_LENGTH = 2000;
const BACKFILL_CHUNK = 500;
const EDITED_AFTER_APPROVAL = 'Nội dung được sửa sau khi duyệt: cần duyệt lại.';

interface WebhookStore {
  addAllowedEvent(key: string, value: string): void;
}

/**
 * Review stages of the configured types: Nháp → Chờ duyệt → Đã duyệt | Trả lại. The stage
 * lives on the document's draft row and changes only here; each move is an audit record
 * (action `transition`), so the trail is also the document's review history.
 */
const reviewService = ({ strapi }: { strapi: Core.Strapi }) => ({
  isReviewed(uid: string) {
    return pluginConfig(strapi).review.types.some((type) => type === uid);
  },

  /** The reviewed type a request names; for the review routes no other type exists. */
  reviewedType(uid: string): UID.ContentType {
    const type = pluginConfig(strapi).review.types.find((reviewed) => reviewed === uid);
    if (!type) {
      throw new errors.NotFoundError(`Loại nội dung ${uid} không qua quy trình duyệt.`);
    }
    return type;
  },

  /** The document's draft row with its owner, as the review rules read it. */
  async current(uid: UID.ContentType, documentId: string): Promise<Row | null> {
    const owner = ownerFieldOf(strapi, uid);
    // every column is read, so the row has its id and documentId
    return (await findCurrentRow(strapi, uid, documentId, {
      populate: owner
        ? { [owner]: { select: ['id', 'documentId', 'name', 'slug', 'itemUrlPattern'] } }
        : undefined,
    })) as Row | null;
  },

  async isPublished(uid: UID.ContentType, documentId: string) {
    const published = await rowsOf(strapi, uid).count({
      where: { documentId, publishedAt: { $notNull: true } },
    });
    return published > 0;
  },

  async history(uid: string, documentId: string): Promise<Transition[]> {
    const entries = await rowsOf<AuditEntry>(strapi, AUDIT_UID).findMany({
      where: { action: 'transition', contentType: uid, targetDocumentId: documentId },
      orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
    });
    return entries.map((entry) => {
      const change = entry.changes?.[REVIEW_FIELDS.stage];
      return {
        at: new Date(entry.occurredAt).toISOString(),
        from: (change?.before ?? null) as ReviewStage | null,
        to: (change?.after ?? 'draft') as ReviewStage,
        comment: entry.comment ?? null,
        actor: {
          type: entry.actorType,
          id: entry.actorId ?? null,
          label: entry.actorLabel ?? null,
        },
      };
    });
  },

  /** Who sent each document to review last, by documentId. */
  async submitters(uid: string, documentIds: string[]) {
    const entries = await rowsOf<AuditEntry>(strapi, AUDIT_UID).findMany({
      where: { action: 'transition', contentType: uid, targetDocumentId: { $in: documentIds } },
      orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
    });
    const submitters = new Map<string, { id: string | null; label: string | null }>();
    for (const entry of entries) {
      const change = entry.changes?.[REVIEW_FIELDS.stage];
      // never null here: the query matched it against the documentIds
      if (change?.after === 'submitted' && entry.targetDocumentId !== null) {
        submitters.set(entry.targetDocumentId, {
          id: entry.actorId ?? null,
          label: entry.actorLabel ?? null,
        });
      }
    }
    return submitters;
  },

  /** The moves the current admin may make on the document now; the system may make any. */
  async allowedActions(uid: UID.ContentType, row: Row): Promise<ReviewAction[]> {
    const admin = adminRequest(strapi);
    const stage = stageOf(row);
    const submitter = admin
      ? (await this.submitters(uid, [row.documentId])).get(row.documentId)
      : undefined;
    return REVIEW_ACTIONS.filter((action) => {
      const move = MOVES[action];
      if (!move.from.includes(stage)) {
        return false;
      }
      if (!admin) {
        return true;
      }
      if (!canOn(strapi, admin.ability, uid, move.verb, row)) {
        return false;
      }
      const decides = move.verb === 'publish';
      return !(decides && !admin.isSuperAdmin && submitter?.id === String(admin.user.id));
    });
  },

  /** Stage, schedule, allowed moves, history and scheduled jobs of one document. */
  async state(uid: UID.ContentType, documentId: string) {
    const row = await this.readable(uid, documentId);
    const [allowed, history, published, jobs, panels] = await Promise.all([
      this.allowedActions(uid, row),
      this.history(uid, documentId),
      this.isPublished(uid, documentId),
      getService(strapi, 'scheduler').jobsOf(uid, documentId),
      getService(strapi, 'document-panels').read(uid, documentId),
    ]);
    return {
      contentType: uid,
      documentId,
      stage: stageOf(row),
      stageLabel: STAGE_LABELS[stageOf(row)],
      stageAt: row[REVIEW_FIELDS.stageAt] ?? null,
      published,
      publishAt: row[REVIEW_FIELDS.publishAt] ?? null,
      unpublishAt: row[REVIEW_FIELDS.unpublishAt] ?? null,
      allowed,
      history,
      jobs,
      // socialPosts, speechJobs: from the features that own them
      ...panels,
    };
  },

  /** The document when the current admin may read it; a document they may not read does not exist for them. */
  async readable(uid: UID.ContentType, documentId: string): Promise<Row> {
    this.reviewedType(uid);
    const row = await this.current(uid, documentId);
    const admin = adminRequest(strapi);
    if (!row || (admin && !canOn(strapi, admin.ability, uid, 'read', row))) {
      throw new errors.NotFoundError('Không tìm thấy nội dung.');
    }
    return row;
  },

  async transition(
    uid: UID.ContentType,
    documentId: string,
    action: ReviewAction,
    { comment }: { comment?: string | null } = {}
  ) {
    const row = await this.readable(uid, documentId);
    const move = MOVES[action];
    const from = stageOf(row);
    if (!move.from.includes(from)) {
      const message = `Không thể ${move.label} khi nội dung đang ở bước «${STAGE_LABELS[from]}».`;
      throw new errors.ValidationError(message, {
        errors: [{ path: [REVIEW_FIELDS.stage], message, name: 'ValidationError', value: from }],
      });
    }
    if (!(await this.allowedActions(uid, row)).includes(action)) {
      const decides = move.verb === 'publish';
      throw new errors.PolicyError(
        decides
          ? 'Chỉ người duyệt của đơn vị hoặc đơn vị cấp trên, không phải người gửi, được duyệt hoặc trả lại nội dung này.'
          : 'Bạn không có quyền sửa nội dung này nên không thể gửi duyệt hoặc rút lại.'
      );
    }
    const note = comment?.trim() || null;
    if (action === 'return' && !note) {
      throw new errors.ValidationError('Cần ghi lý do trả lại.');
    }
    if (note && note.length > COMMENT_MAX_LENGTH) {
      throw new errors.ValidationError(`Ý kiến dài quá ${COMMENT_MAX_LENGTH} ký tự.`);
    }
    await this.move(uid, row, from, move.to, note);
    return this.state(uid, documentId);
  },

  /** Approved content that was edited goes back to Nháp, recorded as a move by whoever edited it. */
  async markEdited(uid: UID.ContentType, row: Row) {
    await this.move(uid, row, 'approved', 'draft', EDITED_AFTER_APPROVAL);
  },

  async move(
    uid: UID.ContentType,
    row: Row,
    from: ReviewStage,
    to: ReviewStage,
    comment: string | null
  ) {
    const { documentId } = row;
    const at = new Date();
    await strapi.db.transaction(async ({ onCommit }) => {
      await rowsOf(strapi, uid).updateMany({
        where: { documentId, publishedAt: null },
        data: { [REVIEW_FIELDS.stage]: to, [REVIEW_FIELDS.stageAt]: at },
      });
      if (to === 'approved') {
        await getService(strapi, 'scheduler').release(uid, documentId);
      }
      const event = EVENTS[to] ?? null;
      if (event) {
        const payload = reviewEventPayload(strapi, { uid, row, from, to, comment, at });
        onCommit(() => strapi.eventHub.emit(event, payload));
      }
      await getService(strapi, 'lifecycle').emit('review-moved', {
        uid,
        documentId,
        row,
        from,
        to,
        comment,
        publicName: event,
      });
    });
  },

  /**
   * Gives documents that predate the workflow a stage: published ones count as approved,
   * the rest as drafts.
   */
  async backfill() {
    for (const uid of pluginConfig(strapi).review.types) {
      const query = rowsOf<Pick<Row, 'documentId'>>(strapi, uid);
      const unstaged = { [REVIEW_FIELDS.stage]: null };
      const published = await query.findMany({
        where: { ...unstaged, publishedAt: { $notNull: true } },
        select: ['documentId'],
      });
      const ids = [...new Set(published.map((row) => row.documentId))];
      for (let start = 0; start < ids.length; start += BACKFILL_CHUNK) {
        await query.updateMany({
          where: { ...unstaged, documentId: { $in: ids.slice(start, start + BACKFILL_CHUNK) } },
          data: { [REVIEW_FIELDS.stage]: 'approved' },
        });
      }
      await query.updateMany({ where: unstaged, data: { [REVIEW_FIELDS.stage]: 'draft' } });
    }
  },

  /** Allows the review events in Strapi's webhook settings. */
  registerEvents() {
    const store = strapi.get<WebhookStore>('webhookStore');
    for (const [stage, event] of Object.entries(REVIEW_EVENTS)) {
      store.addAllowedEvent(`CCHC_ENTRY_${stage.toUpperCase()}`, event);
    }
  },
});

export default reviewService;
export type ReviewService = ReturnType<typeof reviewService>;
