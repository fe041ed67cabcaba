import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken, graphql, http } from './helpers/http';
import { makeTraining } from './helpers/fixtures';

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startApp();
  token = await createApiToken(app.strapi, 'full-access');
}, 180_000);
afterAll(() => stopApp(app));

const post = (path: string, body: unknown) =>
  http(app.strapi)
    .post(path)
    .set('Authorization', `Bearer ${token}`)
    .send(body as object);

describe('bad bodies get 400 with a message and store nothing', () => {
  test.each([
    [
      'a training that ends before it starts',
      '/api/trainings',
      UIDS.training,
      {
        title: 'Hội nghị ngược giờ',
        kind: 'conference',
        startsAt: '2022-10-05T08:00:00+07:00',
        endsAt: '2022-10-05T07:00:00+07:00',
      },
      'Kết thúc',
    ],
    [
      'an unknown enumeration value',
      '/api/articles',
      UIDS.article,
      { title: 'Tin', kind: 'podcast' },
      'kind',
    ],
    [
      'text where a count belongs',
      '/api/leaflets',
      UIDS.leaflet,
      { title: 'Tờ rơi', copiesPrinted: 'nhiều' },
      'copiesPrinted',
    ],
    [
      'a negative count',
      '/api/leaflets',
      UIDS.leaflet,
      { title: 'Tờ rơi', copiesPrinted: -5 },
      'copiesPrinted',
    ],
    [
      'a field the model does not have',
      '/api/articles',
      UIDS.article,
      { title: 'Tin', views: 10 },
      'views',
    ],
    [
      'a source URL that is not a URL',
      '/api/articles',
      UIDS.article,
      {
        title: 'Tin',
        source: { origin: 'central', url: 'dichvucong.gov.vn' },
      },
      'url',
    ],
    [
      'a campaign period that ends before it starts',
      '/api/campaigns',
      UIDS.campaign,
      {
        documentNumber: '1/KH',
        title: 'Kế hoạch',
        issuedOn: '2022-01-01',
        periodStart: '2022-12-31',
        periodEnd: '2022-01-01',
      },
      'Đến ngày',
    ],
    [
      'a unit with an unknown level',
      '/api/units',
      UIDS.unit,
      { name: 'Đơn vị', level: 'village' },
      'level',
    ],
  ])('%s', async (_name, path, uid, data, mentioned) => {
    const before = await app.strapi.db.query(uid).count();
    const res = await post(path, { data });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(JSON.stringify(res.body.error)).toContain(mentioned);
    expect(await app.strapi.db.query(uid).count()).toBe(before);
  });

  test('a body without data is refused', async () => {
    const res = await post('/api/articles', { title: 'Không bọc trong data' });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/data/i);
  });

  test('an update that moves the end before the stored start is refused and changes nothing', async () => {
    const training = await makeTraining(app.strapi, {
      startsAt: '2022-10-05T01:00:00.000Z',
      endsAt: '2022-10-05T09:00:00.000Z',
    });
    const res = await http(app.strapi)
      .put(`/api/trainings/${training.documentId}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { endsAt: '2022-10-04T09:00:00.000Z' } });
    expect(res.status).toBe(400);
    const stored = await app.strapi
      .documents(UIDS.training)
      .findOne({ documentId: training.documentId });
    expect(new Date(stored!.endsAt as string).toISOString()).toBe('2022-10-05T09:00:00.000Z');
  });

  test('GraphQL refuses the same bad input with a validation error', async () => {
    const before = await app.strapi.db.query(UIDS.training).count();
    const res = await graphql(
      app.strapi,
      `
        mutation ($data: TrainingInput!) {
          createTraining(data: $data) {
            documentId
          }
        }
      `,
      {
        data: {
          title: 'Lớp ngược giờ',
          kind: 'training_class',
          startsAt: '2022-10-05T08:00:00Z',
          endsAt: '2022-10-04T08:00:00Z',
        },
      },
      token
    );
    expect(res.errors?.[0]?.message).toContain('Kết thúc');
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.strapi.db.query(UIDS.training).count()).toBe(before);
  });
});
