import type { Core, UID } from '@strapi/strapi';
import { REVIEW_FIELDS, type ReviewStage } from '../core/constants';
import { getService } from '../core/get-service';
import { ownerFieldOf } from '../core/plugin-config';
import { schemaOf } from '../core/schemas';
import { titleOf, type Owner, type Row } from './stages';

export interface ReviewMove {
  uid: UID.ContentType;
  row: Row;
  from: ReviewStage;
  to: ReviewStage;
  comment: string | null;
  at: Date;
}

/** What Strapi's webhooks send for a review move (`cchc.entry.submitted` and the others). */
export const reviewEventPayload = (
  strapi: Core.Strapi,
  { uid, row, from, to, comment, at }: ReviewMove
) => {
  const ownerField = ownerFieldOf(strapi, uid);
  const owner = (ownerField ? row[ownerField] : null) as Owner;
  const { actorType, actorId, actorLabel } = getService(strapi, 'audit').actor();
  return {
    uid,
    model: schemaOf(strapi, uid)?.modelName,
    documentId: row.documentId,
    stage: to,
    previousStage: from,
    comment,
    unit: owner ? { id: owner.id, documentId: owner.documentId, name: owner.name } : null,
    actor: { type: actorType, id: actorId, label: actorLabel },
    entry: {
      id: row.id,
      documentId: row.documentId,
      title: titleOf(row) ?? null,
      slug: row.slug ?? null,
      [REVIEW_FIELDS.stage]: to,
      [REVIEW_FIELDS.stageAt]: at.toISOString(),
      [REVIEW_FIELDS.publishAt]: row[REVIEW_FIELDS.publishAt] ?? null,
      [REVIEW_FIELDS.unpublishAt]: row[REVIEW_FIELDS.unpublishAt] ?? null,
    },
  };
};
