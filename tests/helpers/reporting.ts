import type { Core, UID } from '@strapi/strapi';
import { UIDS } from '../../src/constants';
import { connect, makeCampaign, type Doc } from './fixtures';

let serial = 0;

/** Moves a published document's publication time, as if it had been published then. */
export const publishedAt = async (
  strapi: Core.Strapi,
  uid: UID.ContentType,
  doc: Doc,
  at: string
) => {
  const { count } = await strapi.db.query(uid).updateMany({
    where: { documentId: doc.documentId, publishedAt: { $notNull: true } },
    data: { publishedAt: new Date(at) },
  });
  if (count !== 1) {
    throw new Error(`${doc.documentId} has no published version`);
  }
};

/** A rundown item as the station's log leaves it after the broadcast day. */
export const makeLoggedItem = (
  strapi: Core.Strapi,
  unit: Doc,
  airDate: string,
  airStatus: 'planned' | 'aired' | 'partly_aired' | 'cancelled',
  seconds: { aired?: number; planned?: number } = {}
) => {
  serial += 1;
  return strapi.db.query(UIDS.rundownItem).create({
    data: {
      airDate,
      windowStart: '06:00:00.000',
      position: serial,
      airStatus,
      airedSeconds: seconds.aired ?? null,
      plannedSeconds: seconds.planned ?? 120,
      title: `Chương trình phát ngày ${airDate} (${serial})`,
      unit: unit.id,
    },
  }) as Promise<Doc>;
};

/** A post on one of the unit's social channels, in the given state of the queue. */
export const makeQueuedPost = (
  strapi: Core.Strapi,
  unit: Doc,
  status: 'pending' | 'posted' | 'failed',
  postedAt: string | null
) => {
  serial += 1;
  return strapi.db.query('plugin::cchc.social-post').create({
    data: {
      contentType: UIDS.article,
      targetDocumentId: `doc-${serial}`,
      summary: `Bài đăng số ${serial}`,
      dedupeKey: `test-${serial}-${Date.now()}`,
      scheduledAt: new Date('2026-07-01T00:00:00Z'),
      status,
      postedAt: postedAt ? new Date(postedAt) : null,
      unit: unit.id,
    },
  }) as Promise<Doc>;
};

/**
 * A 2026 plan issued by the district, reported quarterly, due 5 days after each quarter:
 * commune committees owe 8 articles, 40 broadcasts and 4 trainings a year; `special` gets its
 * own quarterly targets.
 */
export const makeReportingCampaign = (strapi: Core.Strapi, district: Doc, special?: Doc) =>
  makeCampaign(strapi, {
    title: 'Kế hoạch tuyên truyền CCHC năm 2026',
    issuedOn: '2026-01-05',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    issuingUnit: connect(district),
    reportingPeriod: 'quarter',
    reportDueDays: 5,
    targets: [
      {
        unitKind: 'people_committee',
        periodType: 'year',
        articles: 8,
        broadcasts: 40,
        trainings: 4,
      },
      ...(special
        ? [
            {
              unit: connect(special),
              periodType: 'quarter',
              articles: 4,
              broadcasts: 10,
              broadcastMinutes: 60,
              leafletsDistributed: 300,
              trainings: 1,
              participants: 50,
              socialPosts: 3,
            },
          ]
        : []),
    ],
  });
