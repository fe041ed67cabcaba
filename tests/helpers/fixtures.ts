import type { Core, UID } from '@strapi/strapi';
import { UIDS } from '../../src/constants';

let counter = 0;
const next = () => {
  counter += 1;
  return counter;
};

type Data = Record<string, unknown>;
export interface Doc {
  documentId: string;
  [field: string]: unknown;
}

export const connect = (doc: Doc | undefined) =>
  doc ? { connect: [{ documentId: doc.documentId }] } : undefined;

/** Types that pass review before publishing: a published fixture starts approved. */
const REVIEWED = new Set<string>([UIDS.article, UIDS.leaflet, UIDS.broadcastScript, UIDS.training]);

const create = async (strapi: Core.Strapi, uid: UID.ContentType, data: Data, publish = false) =>
  (await strapi.documents(uid).create({
    data: publish && REVIEWED.has(uid) ? { reviewStage: 'approved', ...data } : data,
    ...(publish ? { status: 'published' } : {}),
  } as never)) as Doc;

export const makeUnit = (strapi: Core.Strapi, overrides: Data = {}) =>
  create(strapi, UIDS.unit, {
    name: `Đơn vị thử ${next()}`,
    level: 'commune',
    kind: 'people_committee',
    ...overrides,
  });

export const makeColumn = (strapi: Core.Strapi, overrides: Data = {}) =>
  create(strapi, UIDS.column, { name: `Chuyên mục ${next()}`, ...overrides });

export const makeTopic = (strapi: Core.Strapi, overrides: Data = {}) =>
  create(strapi, UIDS.topic, { name: `Chuyên đề ${next()}`, ...overrides });

export const makeCampaign = (strapi: Core.Strapi, overrides: Data = {}) =>
  create(strapi, UIDS.campaign, {
    documentNumber: `${next()}/UBND-VHTT`,
    title: 'Tăng cường tuyên truyền công tác CCHC',
    issuedOn: '2022-08-16',
    periodStart: '2022-08-16',
    periodEnd: '2022-12-31',
    ...overrides,
  });

/** An article; `publish: true` creates it published. */
export const makeArticle = (strapi: Core.Strapi, overrides: Data = {}, publish = false) =>
  create(
    strapi,
    UIDS.article,
    {
      kind: 'news',
      title: `Tin cải cách hành chính số ${next()}`,
      summary: 'Tóm tắt tin thử.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nội dung tin thử.' }] }],
      ...overrides,
    },
    publish
  );

export const makeLeaflet = (strapi: Core.Strapi, overrides: Data = {}, publish = false) =>
  create(
    strapi,
    UIDS.leaflet,
    { kind: 'leaflet', title: `Tờ rơi số ${next()}`, copiesPrinted: 500, ...overrides },
    publish
  );

export const makeBroadcastScript = (strapi: Core.Strapi, overrides: Data = {}, publish = false) =>
  create(
    strapi,
    UIDS.broadcastScript,
    {
      title: `Chương trình phát thanh số ${next()}`,
      script: 'Kính thưa bà con, UBND xã thông báo về dịch vụ công trực tuyến.',
      stationLevel: 'commune_loudspeaker',
      ...overrides,
    },
    publish
  );

export const makeTraining = (strapi: Core.Strapi, overrides: Data = {}, publish = false) =>
  create(
    strapi,
    UIDS.training,
    {
      kind: 'training_class',
      title: `Lớp tập huấn số ${next()}`,
      startsAt: '2022-10-05T01:00:00.000Z',
      endsAt: '2022-10-05T09:00:00.000Z',
      ...overrides,
    },
    publish
  );

export const makeUnitReport = (strapi: Core.Strapi, overrides: Data = {}) =>
  create(strapi, UIDS.unitReport, {
    periodLabel: 'Quý IV/2022',
    periodStart: '2022-10-01',
    periodEnd: '2022-12-31',
    ...overrides,
  });

/** Uploads a small PNG into the media library, as an editor would, and returns the file row. */
export const makeImage = async (strapi: Core.Strapi, name = 'anh-bia.png') => {
  const fs = await import('fs');
  const os = await import('os');
  const path = await import('path');
  // 1×1 transparent PNG
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64'
  );
  const filepath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-upload-')), name);
  fs.writeFileSync(filepath, png);
  const [file] = await strapi
    .plugin('upload')
    .service('upload')
    .upload({
      data: { fileInfo: { alternativeText: 'Ảnh bìa', name } },
      files: { filepath, originalFilename: name, mimetype: 'image/png', size: png.length },
    });
  return file as { id: number; url: string; documentId: string };
};

/** Sends a draft through review as the system would (submit, approve), so that it may be published. */
export const approve = async (strapi: Core.Strapi, uid: UID.ContentType, documentId: string) => {
  const review = strapi.plugin('cchc').service('review') as {
    transition(uid: string, documentId: string, action: string): Promise<unknown>;
  };
  await review.transition(uid, documentId, 'submit');
  await review.transition(uid, documentId, 'approve');
};
