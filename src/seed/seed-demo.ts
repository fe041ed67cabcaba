import type { Core, UID } from '@strapi/strapi';
import { UIDS } from '../constants';
import { addDays } from '../plugins/cchc/server/src/reports/period';
import { paragraphs } from './blocks';
import type { DemoData } from './types';

type Filters = Record<string, unknown>;
type Tally = Record<string, number>;

const ref = (documentId: string | undefined) =>
  documentId ? { connect: [{ documentId }] } : undefined;

/**
 * Loads the demo data set. Records are found by slug (reports by unit, campaign and
 * period) and only missing ones are created, so a second run changes nothing.
 */
export const seedDemo = async (strapi: Core.Strapi, data: DemoData): Promise<Tally> => {
  const created: Tally = {};
  const ids = new Map<string, string>();
  const key = (uid: UID.ContentType, slug: string) => `${uid}:${slug}`;
  const idOf = (uid: UID.ContentType, slug: string | undefined) =>
    slug === undefined ? undefined : ids.get(key(uid, slug));
  const idsOf = (uid: UID.ContentType, slugs: string[]) => ({
    connect: slugs.flatMap((slug) => {
      const documentId = idOf(uid, slug);
      return documentId ? [{ documentId }] : [];
    }),
  });

  const reviewedTypes = (strapi.config.get('plugin::cchc') as { review: { types: string[] } })
    .review.types;

  const ensure = async (
    uid: UID.ContentType,
    filters: Filters,
    build: () => Record<string, unknown>,
    publish = false
  ): Promise<string> => {
    const documents = strapi.documents(uid);
    const existing = await documents.findFirst({
      filters,
      status: 'draft',
      fields: ['documentId'],
    } as never);
    if (existing) {
      return (existing as { documentId: string }).documentId;
    }
    // demo content published as if a reviewer had approved it
    const approved = publish && reviewedTypes.includes(uid) ? { reviewStage: 'approved' } : {};
    const doc = (await documents.create({
      data: { ...approved, ...build() },
      ...(publish ? { status: 'published' } : {}),
    } as never)) as { documentId: string };
    created[uid] = (created[uid] ?? 0) + 1;
    return doc.documentId;
  };

  const bySlug = async (
    uid: UID.ContentType,
    slug: string,
    build: () => Record<string, unknown>,
    publish = false
  ) => {
    ids.set(key(uid, slug), await ensure(uid, { slug }, () => ({ slug, ...build() }), publish));
  };

  for (const { parent, ...unit } of data.units) {
    await bySlug(UIDS.unit, unit.slug, () => ({ ...unit, parent: ref(idOf(UIDS.unit, parent)) }));
  }
  // before the articles: publishing one marked for social media queues its posts
  for (const { unit, ...channel } of data.socialChannels) {
    await ensure(UIDS.socialChannel, { name: channel.name }, () => ({
      ...channel,
      unit: ref(idOf(UIDS.unit, unit)),
    }));
  }
  for (const { unit, ...station } of data.stations) {
    await ensure(UIDS.station, { name: station.name }, () => ({
      ...station,
      unit: ref(idOf(UIDS.unit, unit)),
    }));
  }
  for (const column of data.columns) {
    await bySlug(UIDS.column, column.slug, () => ({ ...column }));
  }
  for (const topic of data.topics) {
    await bySlug(UIDS.topic, topic.slug, () => ({ ...topic }));
  }
  for (const { issuingUnit, focusTopics, recipients, targets, ...campaign } of data.campaigns) {
    await bySlug(UIDS.campaign, campaign.slug, () => ({
      ...campaign,
      issuingUnit: ref(idOf(UIDS.unit, issuingUnit)),
      focusTopics: idsOf(UIDS.topic, focusTopics),
      recipients: recipients.map(({ unit, ...recipient }) => ({
        ...recipient,
        unit: ref(idOf(UIDS.unit, unit)),
      })),
      targets: (targets ?? []).map(({ unit, ...target }) => ({
        ...target,
        unit: ref(idOf(UIDS.unit, unit)),
      })),
    }));
  }

  const owned = (item: { unit: string; topics: string[]; campaign?: string }) => ({
    unit: ref(idOf(UIDS.unit, item.unit)),
    topics: idsOf(UIDS.topic, item.topics),
    campaign: ref(idOf(UIDS.campaign, item.campaign)),
  });

  for (const { publish, body, column, ...article } of data.articles) {
    await bySlug(
      UIDS.article,
      article.slug,
      () => ({
        ...article,
        ...owned(article),
        body: paragraphs(body),
        column: ref(idOf(UIDS.column, column)),
      }),
      publish
    );
  }
  for (const { publish, distributionPoints, ...leaflet } of data.leaflets) {
    await bySlug(
      UIDS.leaflet,
      leaflet.slug,
      () => ({
        ...leaflet,
        ...owned(leaflet),
        distributionPoints: distributionPoints.map(({ unit, ...point }) => ({
          ...point,
          unit: ref(idOf(UIDS.unit, unit)),
        })),
      }),
      publish
    );
  }
  for (const { publish, airSlots, ...script } of data.broadcastScripts) {
    await bySlug(
      UIDS.broadcastScript,
      script.slug,
      () => ({
        ...script,
        ...owned(script),
        airSlots: airSlots.map(({ station, ...slot }) => ({
          ...slot,
          station: ref(idOf(UIDS.unit, station)),
        })),
      }),
      publish
    );
  }
  for (const { publish, ...training } of data.trainings) {
    await bySlug(
      UIDS.training,
      training.slug,
      () => ({ ...training, ...owned(training) }),
      publish
    );
  }

  for (const {
    unit,
    campaign,
    results,
    difficulties,
    proposals,
    status,
    counts,
    ...report
  } of data.unitReports) {
    const unitId = idOf(UIDS.unit, unit);
    const campaignId = idOf(UIDS.campaign, campaign);
    await ensure(
      UIDS.unitReport,
      {
        unit: { documentId: unitId },
        campaign: { documentId: campaignId },
        periodLabel: report.periodLabel,
      },
      () => ({
        ...report,
        reportStatus: status,
        // sent three days after the period, decided two days later, as the flow would record it
        submittedAt: status === 'draft' ? null : `${addDays(report.periodEnd, 3)}T02:00:00.000Z`,
        decidedAt:
          status === 'accepted' || status === 'returned'
            ? `${addDays(report.periodEnd, 5)}T08:00:00.000Z`
            : null,
        // the demo's numbers predate the system's own records: each is a correction with its reason
        corrections: Object.entries(counts)
          .filter(([, value]) => value > 0)
          .map(([metric, value]) => ({
            metric,
            value,
            reason: 'Số liệu theo sổ theo dõi của đơn vị, trước khi dùng hệ thống',
          })),
        unit: ref(unitId),
        campaign: ref(campaignId),
        results: paragraphs(results),
        difficulties: paragraphs(difficulties),
        proposals: paragraphs(proposals),
      })
    );
  }
  const review = strapi.plugin('cchc').service('review') as {
    transition(uid: string, documentId: string, action: 'submit'): Promise<unknown>;
  };
  for (const { type, slug } of data.submittedForReview) {
    const uid = UIDS[type];
    const documentId = idOf(uid, slug);
    const draft = documentId
      ? await strapi.db.query(uid).findOne({ where: { documentId, publishedAt: null } })
      : null;
    if (draft && (draft.reviewStage ?? 'draft') === 'draft') {
      await review.transition(uid, documentId!, 'submit');
    }
  }
  return created;
};
