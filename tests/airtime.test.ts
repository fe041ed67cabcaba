import { UIDS } from '../src/constants';
import { estimateSpoken } from '../src/plugins/cchc/server/src/radio/spoken-vietnamese';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { http } from './helpers/http';
import { connect, makeBroadcastScript } from './helpers/fixtures';
import { makeAdmin, makeDistrictTree } from './helpers/units';

const CM = `/content-manager/collection-types/${UIDS.broadcastScript}`;
const SCRIPT =
  'Kính thưa bà con! UBND xã thông báo: từ ngày 01/12/2022, bà con có thể nộp hồ sơ khai sinh trực tuyến tại nhà.';

let app: TestApp;
let editor: { id: number; token: string };
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;

beforeAll(async () => {
  app = await startApp();
  tree = await makeDistrictTree(app.strapi);
  editor = await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.A }]);
});
afterAll(() => stopApp(app));

const stored = async (documentId: string) =>
  (
    (await app.strapi.db
      .query(UIDS.broadcastScript)
      .findOne({ where: { documentId, publishedAt: null } })) as { estimatedSeconds: number | null }
  ).estimatedSeconds;

describe('estimated reading time of a broadcast script', () => {
  test('computed at every save from the text; never taken from the request', async () => {
    const auth = { Authorization: `Bearer ${editor.token}` };
    const created = await http(app.strapi)
      .post(CM)
      .set(auth)
      .send({
        title: 'Thông báo khai sinh trực tuyến',
        script: SCRIPT,
        unit: connect(tree.A),
        estimatedSeconds: 1,
      });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId as string;
    expect(await stored(id)).toBe(estimateSpoken(SCRIPT).seconds);
    expect(await stored(id)).toBeGreaterThan(10);

    const longer = `${SCRIPT} ${SCRIPT}`;
    expect(
      (await http(app.strapi).put(`${CM}/${id}`).set(auth).send({ script: longer })).status
    ).toBe(200);
    expect(await stored(id)).toBe(estimateSpoken(longer).seconds);
    expect(
      (await http(app.strapi).put(`${CM}/${id}`).set(auth).send({ title: 'Tên mới' })).status
    ).toBe(200);
    expect(await stored(id)).toBe(estimateSpoken(longer).seconds);

    const layout = await http(app.strapi)
      .get(`/content-manager/content-types/${UIDS.broadcastScript}/configuration`)
      .set(auth);
    expect(layout.body.data.contentType.layouts.list).toContain('estimatedSeconds');
    expect(layout.body.data.contentType.metadatas.estimatedSeconds.edit.editable).toBe(false);
  });

  test('scripts saved before the estimate existed get one at start', async () => {
    const doc = await makeBroadcastScript(app.strapi, { script: SCRIPT, unit: connect(tree.A) });
    await app.strapi.db
      .query(UIDS.broadcastScript)
      .updateMany({ where: { documentId: doc.documentId }, data: { estimatedSeconds: null } });
    expect(await stored(doc.documentId)).toBeNull();
    await app.strapi.plugin('cchc').service('airtime').backfill();
    expect(await stored(doc.documentId)).toBe(estimateSpoken(SCRIPT).seconds);
  });
});
