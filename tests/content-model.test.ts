import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import {
  connect,
  makeArticle,
  makeBroadcastScript,
  makeCampaign,
  makeColumn,
  makeLeaflet,
  makeTopic,
  makeTraining,
  makeUnit,
  makeUnitReport,
} from './helpers/fixtures';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(() => stopApp(app));

describe('content model through the Document Service', () => {
  test('a unit tree of any depth keeps parent and children', async () => {
    const { strapi } = app;
    const province = await makeUnit(strapi, { name: 'Tỉnh Hà Tĩnh', level: 'province' });
    const district = await makeUnit(strapi, {
      name: 'UBND huyện Hương Sơn',
      level: 'district',
      parent: connect(province),
    });
    const commune = await makeUnit(strapi, {
      name: 'UBND xã Sơn Tây',
      parent: connect(district),
      administrativeCode: '18.10.2134',
      websiteUrl: 'https://sontay.huongson.hatinh.gov.vn',
      contact: { phone: '0239 3875 123', email: 'ubndsontay@hatinh.gov.vn' },
    });
    // after the 2025 reform a commune sits directly under the province: no fixed depth
    const mergedCommune = await makeUnit(strapi, {
      name: 'UBND xã Sơn Kim',
      parent: connect(province),
    });

    const loaded = await strapi.documents(UIDS.unit).findOne({
      documentId: district.documentId,
      populate: { parent: true, children: true },
    });
    expect(loaded?.parent?.documentId).toBe(province.documentId);
    expect(loaded?.children?.map((c) => c.documentId)).toEqual([commune.documentId]);
    expect(commune.slug).toBe('ubnd-xa-son-tay');
    const underProvince = await strapi.documents(UIDS.unit).findMany({
      filters: { parent: { documentId: province.documentId } },
    });
    expect(underProvince.map((u) => u.documentId).sort()).toEqual(
      [district.documentId, mergedCommune.documentId].sort()
    );
  });

  test('a campaign holds topics, per-unit-kind tasks and recipients', async () => {
    const { strapi } = app;
    const district = await makeUnit(strapi, { level: 'district' });
    const online = await makeTopic(strapi, { name: 'Dịch vụ công trực tuyến' });
    const postal = await makeTopic(strapi, { name: 'Bưu chính công ích' });
    const campaign = await makeCampaign(strapi, {
      documentNumber: '1069/UBND-VHTT',
      issuingUnit: connect(district),
      focusTopics: {
        connect: [{ documentId: online.documentId }, { documentId: postal.documentId }],
      },
      tasks: [
        { unitKind: 'office', task: 'Tuyên truyền tại cơ quan, đơn vị' },
        { unitKind: 'people_committee', task: 'Phát thanh trên Đài truyền thanh cơ sở' },
      ],
      recipients: [
        { name: 'UBND các xã, thị trấn', purpose: 'action' },
        { name: 'Lưu: VT, VHTT', purpose: 'archive' },
      ],
    });
    const loaded = await strapi.documents(UIDS.campaign).findOne({
      documentId: campaign.documentId,
      populate: { focusTopics: true, tasks: true, recipients: true, issuingUnit: true },
    });
    expect(loaded?.slug).toBe('tang-cuong-tuyen-truyen-cong-tac-cchc');
    expect(loaded?.focusTopics).toHaveLength(2);
    expect(loaded?.tasks?.map((t) => t.unitKind)).toEqual(['office', 'people_committee']);
    expect(loaded?.recipients?.[1]).toMatchObject({ name: 'Lưu: VT, VHTT', purpose: 'archive' });
    expect(loaded?.issuingUnit?.documentId).toBe(district.documentId);
  });

  test('each publishable type is created as a draft with its relations and components', async () => {
    const { strapi } = app;
    const unit = await makeUnit(strapi);
    const column = await makeColumn(strapi, { name: 'Cải cách hành chính' });
    const topic = await makeTopic(strapi);
    const campaign = await makeCampaign(strapi);
    const owned = { unit: connect(unit), topics: connect(topic), campaign: connect(campaign) };

    const article = await makeArticle(strapi, {
      ...owned,
      column: connect(column),
      byline: 'Minh Châu',
      source: {
        origin: 'provincial',
        name: 'Cổng TTĐT tỉnh Hà Tĩnh',
        url: 'https://hatinh.gov.vn/tin',
      },
      sharedWithSubunits: true,
      channels: { portal: true, communeSite: true, social: true, newsletter: false },
      seo: { metaTitle: 'Dịch vụ công trực tuyến', metaDescription: 'Hướng dẫn nộp hồ sơ' },
      socialPost: { text: 'Nộp hồ sơ trực tuyến, không phải đi lại', hashtags: '#CCHC #HuongSon' },
    });
    const leaflet = await makeLeaflet(strapi, {
      ...owned,
      copiesDistributed: 320,
      distributionPoints: [
        { place: 'Bộ phận một cửa UBND xã', copies: 200, distributedOn: '2022-09-12' },
      ],
    });
    const script = await makeBroadcastScript(strapi, {
      ...owned,
      airSlots: [{ startsAt: '2022-09-01T23:00:00.000Z', station: connect(unit), status: 'aired' }],
    });
    const training = await makeTraining(strapi, {
      ...owned,
      participantsPlanned: 80,
      participantsActual: 76,
    });

    const populate = { unit: true, topics: true, campaign: true };
    const cases = [
      [
        UIDS.article,
        article.documentId,
        { column: true, source: true, channels: true, seo: true, socialPost: true },
      ],
      [UIDS.leaflet, leaflet.documentId, { distributionPoints: true }],
      [UIDS.broadcastScript, script.documentId, { airSlots: { populate: { station: true } } }],
      [UIDS.training, training.documentId, {}],
    ] as const;
    for (const [uid, documentId, extra] of cases) {
      const loaded = (await strapi.documents(uid).findOne({
        documentId,
        populate: { ...populate, ...extra },
      } as never)) as Record<string, any>;
      expect(loaded.publishedAt).toBeNull();
      expect(loaded.unit.documentId).toBe(unit.documentId);
      expect(loaded.topics.map((t: { documentId: string }) => t.documentId)).toEqual([
        topic.documentId,
      ]);
      expect(loaded.campaign.documentId).toBe(campaign.documentId);
    }
    const loadedArticle = (await strapi.documents(UIDS.article).findOne({
      documentId: article.documentId,
      populate: { source: true, channels: true, socialPost: true },
    })) as Record<string, any>;
    expect(loadedArticle.source).toMatchObject({
      origin: 'provincial',
      url: 'https://hatinh.gov.vn/tin',
    });
    expect(loadedArticle.channels).toMatchObject({ social: true, newsletter: false });
    expect(loadedArticle.socialPost.hashtags).toBe('#CCHC #HuongSon');
    const loadedScript = (await strapi.documents(UIDS.broadcastScript).findOne({
      documentId: script.documentId,
      populate: { airSlots: { populate: { station: true } } },
    })) as Record<string, any>;
    expect(loadedScript.airSlots[0]).toMatchObject({ status: 'aired' });
    expect(loadedScript.airSlots[0].station.documentId).toBe(unit.documentId);
  });

  test('a unit report keeps counts, narrative and status', async () => {
    const { strapi } = app;
    const unit = await makeUnit(strapi);
    const report = await makeUnitReport(strapi, {
      unit: connect(unit),
      corrections: [
        { metric: 'articles', value: 12, reason: 'Tin đăng trên bản tin giấy của xã' },
        { metric: 'broadcastMinutes', value: 95, reason: 'Phát trên loa trước khi dùng hệ thống' },
      ],
      results: [{ type: 'paragraph', children: [{ type: 'text', text: 'Đã đăng 12 tin, bài.' }] }],
      reportStatus: 'submitted',
    });
    const loaded = (await strapi.documents(UIDS.unitReport).findOne({
      documentId: report.documentId,
      populate: { counts: true, computedCounts: true, unit: true },
    })) as Record<string, any>;
    expect(loaded.counts).toMatchObject({ articles: 12, broadcastMinutes: 95, leafletsPrinted: 0 });
    expect(loaded.computedCounts).toMatchObject({ articles: 0, broadcastMinutes: 0 });
    expect(loaded.reportStatus).toBe('submitted');
    expect(loaded.unit.documentId).toBe(unit.documentId);
  });
});
