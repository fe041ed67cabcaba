import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv/dist/2020';
import yauzl from 'yauzl';
import { UIDS } from '../src/constants';
import { estimateSpoken } from '../src/plugins/cchc/server/src/radio/spoken-vietnamese';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { documentedAnswerErrors } from './helpers/documented-answer';
import { createApiToken, http } from './helpers/http';
import { connect, makeBroadcastScript, type Doc } from './helpers/fixtures';
import { makeAdmin, makeDistrictTree } from './helpers/units';

const STATION = 'api::station.station';
const ITEM = 'api::rundown-item.rundown-item';
const CM = `/content-manager/collection-types/${ITEM}`;
// Monday 7 December 2026
const MONDAY = '2026-12-07';
const SUNDAY = '2026-12-06';
const RATE = 150;

const sentence = 'Bà con lưu ý nộp hồ sơ khai sinh trực tuyến tại nhà. ';

let app: TestApp;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
let station: Doc;
let operator: { id: number; token: string };
let otherOperator: { id: number; token: string };
let token: string;
const scripts: Doc[] = [];

beforeAll(async () => {
  app = await startApp();
  tree = await makeDistrictTree(app.strapi);
  station = (await app.strapi.documents(STATION as never).create({
    data: {
      name: 'Đài truyền thanh xã A',
      unit: connect(tree.A),
      kind: 'commune_wired',
      syllablesPerMinute: RATE,
      windows: [
        {
          label: 'Buổi sáng',
          weekdays: [1, 2, 3, 4, 5],
          start: '06:00:00.000',
          end: '06:02:00.000',
        },
        {
          label: 'Buổi chiều',
          weekdays: [1, 2, 3, 4, 5, 6],
          start: '17:00:00.000',
          end: '17:30:00.000',
        },
      ],
    },
  } as never)) as unknown as Doc;
  // scripts of 60, 90 and 240 syllables: 24 s, 36 s and 96 s at 150 syllables a minute plus pauses
  for (const [title, repeat] of [
    ['Thông báo khai sinh trực tuyến', 5],
    ['Hướng dẫn nộp hồ sơ', 7],
    ['Chuyên đề cải cách hành chính', 20],
  ] as const) {
    // published and approved: a rundown carries the text and audio of no other script
    scripts.push(
      await makeBroadcastScript(
        app.strapi,
        { title, script: sentence.repeat(repeat), unit: connect(tree.A) },
        true
      )
    );
  }
  operator = await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.A }]);
  otherOperator = await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.B }]);
  token = await createApiToken(app.strapi, 'full-access');
}, 120000);
afterAll(() => stopApp(app));

/** A stored time as HH:mm:ss (PostgreSQL drops the milliseconds SQLite keeps). */
const hms = (time: string) => time.slice(0, 8);
const seconds = (script: Doc) => estimateSpoken(String(script.script), RATE).seconds;
const place = (as: { token: string }, body: Record<string, unknown>) =>
  http(app.strapi).post(CM).set('Authorization', `Bearer ${as.token}`).send(body);
const slot = (script: Doc, position: number, extra: Record<string, unknown> = {}) => ({
  station: connect(station),
  script: connect(script),
  airDate: MONDAY,
  windowStart: '06:00:00.000',
  position,
  ...extra,
});

describe('placing scripts in a station’s windows', () => {
  test('items get their length at the station’s rate and their start time in the window', async () => {
    const first = await place(operator, slot(scripts[0], 1));
    expect(first.status).toBe(201);
    const stored = (documentId: string) =>
      app.strapi.db.query(ITEM).findOne({ where: { documentId } });
    const created = await stored(first.body.data.documentId);
    expect(created).toMatchObject({
      title: 'Thông báo khai sinh trực tuyến',
      plannedSeconds: seconds(scripts[0]),
    });
    expect(hms(created.startsAt)).toBe('06:00:00');
    const second = await place(operator, slot(scripts[1], 2));
    expect(second.status).toBe(201);
    const start = seconds(scripts[0]);
    expect(hms((await stored(second.body.data.documentId)).startsAt)).toBe(
      `06:00:${String(start).padStart(2, '0')}`
    );
  });

  test('overfilling a window is refused, naming the window and the overrun in seconds', async () => {
    const before = await app.strapi.db.query(ITEM).count();
    const res = await place(operator, slot(scripts[2], 3));
    expect(res.status).toBe(400);
    const overrun = seconds(scripts[0]) + seconds(scripts[1]) + seconds(scripts[2]) - 120;
    expect(res.body.error.message).toContain('06:00–06:02');
    expect(res.body.error.message).toContain(`vượt ${overrun} giây`);
    expect(await app.strapi.db.query(ITEM).count()).toBe(before);
  });

  test('two items claiming the same place, or a window closed that day, are refused', async () => {
    const clash = await place(operator, slot(scripts[1], 1));
    expect(clash.status).toBe(400);
    expect(clash.body.error.message).toContain('vị trí 1');
    expect(clash.body.error.message).toContain('Thông báo khai sinh trực tuyến');
    const sunday = await place(operator, slot(scripts[0], 1, { airDate: SUNDAY }));
    expect(sunday.status).toBe(400);
    expect(sunday.body.error.message).toContain('Chủ nhật');
    const noWindow = await place(operator, slot(scripts[0], 1, { windowStart: '09:00:00.000' }));
    expect(noWindow.status).toBe(400);
  });

  test('another commune’s operator cannot fill or mark this station', async () => {
    const before = await app.strapi.db.query(ITEM).count();
    const res = await place(otherOperator, slot(scripts[2], 1, { windowStart: '17:00:00.000' }));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await app.strapi.db.query(ITEM).count()).toBe(before);
  });
});

describe('the rundown and the aired log', () => {
  test('the day’s rundown in order with start times, over the API and as the announcer’s sheet', async () => {
    const evening = await place(operator, slot(scripts[2], 1, { windowStart: '17:00:00.000' }));
    expect(evening.status).toBe(201);
    const slug = (
      await app.strapi.db.query(STATION).findOne({ where: { documentId: station.documentId } })
    ).slug as string;
    const res = await http(app.strapi)
      .get(`/api/stations/${slug}/rundown?date=${MONDAY}`)
      .set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(
      await documentedAnswerErrors(app.strapi, 'get', '/stations/{slug}/rundown', 200, res.body)
    ).toEqual([]);
    const { windows } = res.body.data;
    expect(windows.map((w: { start: string }) => w.start)).toEqual(['06:00:00', '17:00:00']);
    expect(
      windows[0].items.map((i: { title: string; startsAt: string }) => [i.title, i.startsAt])
    ).toEqual([
      ['Thông báo khai sinh trực tuyến', '06:00:00'],
      ['Hướng dẫn nộp hồ sơ', `06:00:${String(seconds(scripts[0])).padStart(2, '0')}`],
    ]);
    expect(windows[0].freeSeconds).toBe(120 - seconds(scripts[0]) - seconds(scripts[1]));
    expect(windows[1].items[0]).toMatchObject({
      startsAt: '17:00:00',
      seconds: seconds(scripts[2]),
    });

    const sheet = await http(app.strapi)
      .get(`/api/stations/${slug}/rundown.html?date=${MONDAY}`)
      .set('Authorization', `Bearer ${token}`);
    expect(sheet.status).toBe(200);
    expect(sheet.headers['content-type']).toContain('text/html');
    expect(sheet.text).toContain('LỊCH PHÁT SÓNG ĐÀI TRUYỀN THANH XÃ A');
    expect(sheet.text).toContain('Ngày 07/12/2026');
    expect(sheet.text).toContain('@page{size:A4');
    expect(sheet.text).toContain('Bà con lưu ý nộp hồ sơ khai sinh');

    expect(
      (
        await http(app.strapi)
          .get(`/api/stations/${slug}/rundown?date=07-12-2026`)
          .set('Authorization', `Bearer ${token}`)
      ).status
    ).toBe(400);
    expect(
      (
        await http(app.strapi)
          .get(`/api/stations/khong-co/rundown?date=${MONDAY}`)
          .set('Authorization', `Bearer ${token}`)
      ).status
    ).toBe(404);
    expect(
      (await http(app.strapi).get(`/api/stations/${slug}/rundown?date=${MONDAY}`)).status
    ).toBe(403);
  });

  test('the station’s own operator marks an item aired; another commune’s cannot', async () => {
    const [item] = (await app.strapi.db
      .query(ITEM)
      .findMany({ where: { position: 1, windowStart: '06:00:00.000' } })) as Array<{
      documentId: string;
    }>;
    const other = await http(app.strapi)
      .put(`${CM}/${item.documentId}`)
      .set('Authorization', `Bearer ${otherOperator.token}`)
      .send({ airStatus: 'aired', airedAt: '2026-12-07T06:00:00+07:00' });
    expect(other.status).toBe(403);
    const own = await http(app.strapi)
      .put(`${CM}/${item.documentId}`)
      .set('Authorization', `Bearer ${operator.token}`)
      .send({ airStatus: 'aired', airedAt: '2026-12-07T06:00:00+07:00', airedSeconds: 30 });
    expect(own.status).toBe(200);
    expect(
      await app.strapi.db.query(ITEM).findOne({ where: { documentId: item.documentId } })
    ).toMatchObject({ airStatus: 'aired', airedSeconds: 30 });
  });
});

describe('a rundown follows its scripts', () => {
  test('an item placed before others and a longer script move the start times after them', async () => {
    const opening = await makeBroadcastScript(app.strapi, {
      title: 'Mở đầu',
      script: sentence.repeat(2),
      unit: connect(tree.A),
    });
    const closing = await makeBroadcastScript(app.strapi, {
      title: 'Kết thúc',
      script: sentence,
      unit: connect(tree.A),
    });
    const evening = { windowStart: '17:00:00.000', airDate: '2026-12-08' };
    const last = await place(operator, slot(closing, 2, evening));
    expect(last.status).toBe(201);
    const startOf = async (documentId: string) =>
      hms((await app.strapi.db.query(ITEM).findOne({ where: { documentId } })).startsAt as string);
    expect(await startOf(last.body.data.documentId)).toBe('17:00:00');
    const first = await place(operator, slot(opening, 1, evening));
    expect(first.status).toBe(201);
    const two = estimateSpoken(sentence.repeat(2), RATE).seconds;
    expect(await startOf(last.body.data.documentId)).toBe(`17:00:${String(two).padStart(2, '0')}`);

    await app.strapi.documents(UIDS.broadcastScript).update({
      documentId: opening.documentId,
      data: { script: sentence.repeat(4) },
    } as never);
    const four = estimateSpoken(sentence.repeat(4), RATE).seconds;
    expect(
      (
        await app.strapi.db
          .query(ITEM)
          .findOne({ where: { documentId: first.body.data.documentId } })
      ).plannedSeconds
    ).toBe(four);
    expect(await startOf(last.body.data.documentId)).toBe(`17:00:${String(four).padStart(2, '0')}`);
  });
});

describe('the hand-off package', () => {
  const wav = () => {
    const samples = 8000;
    const buffer = Buffer.alloc(44 + samples * 2);
    buffer.write('RIFF', 0);
    buffer.writeUInt32LE(36 + samples * 2, 4);
    buffer.write('WAVEfmt ', 8);
    buffer.writeUInt32LE(16, 16);
    buffer.writeUInt16LE(1, 20);
    buffer.writeUInt16LE(1, 22);
    buffer.writeUInt32LE(8000, 24);
    buffer.writeUInt32LE(16000, 28);
    buffer.writeUInt16LE(2, 32);
    buffer.writeUInt16LE(16, 34);
    buffer.write('data', 36);
    buffer.writeUInt32LE(samples * 2, 40);
    return buffer;
  };

  const unzip = (zip: Buffer) =>
    new Promise<Map<string, Buffer>>((resolve, reject) => {
      yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
        if (error || !file) {
          return reject(error);
        }
        const entries = new Map<string, Buffer>();
        file.on('entry', (entry: yauzl.Entry) => {
          file.openReadStream(entry, (streamError, stream) => {
            if (streamError || !stream) {
              return reject(streamError);
            }
            const chunks: Buffer[] = [];
            stream.on('data', (chunk: Buffer) => chunks.push(chunk));
            stream.on('end', () => {
              entries.set(entry.fileName, Buffer.concat(chunks));
              file.readEntry();
            });
          });
        });
        file.on('end', () => resolve(entries));
        file.readEntry();
      });
    });

  test('scripts, audio and a manifest that matches its published schema', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-audio-'));
    const filepath = path.join(dir, 'thong-bao.wav');
    fs.writeFileSync(filepath, wav());
    const [audio] = await app.strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: 'thong-bao.wav' } },
        files: {
          filepath,
          originalFilename: 'thong-bao.wav',
          mimetype: 'audio/wav',
          size: wav().length,
        },
      });
    // as the speech worker attaches audio: to the draft and the published version
    const rows = (await app.strapi.db
      .query(UIDS.broadcastScript)
      .findMany({ where: { documentId: scripts[0].documentId }, select: ['id'] })) as Array<{
      id: number;
    }>;
    for (const { id } of rows) {
      await app.strapi.db
        .query(UIDS.broadcastScript)
        .update({ where: { id }, data: { audio: audio.id } });
    }
    const slug = (
      await app.strapi.db.query(STATION).findOne({ where: { documentId: station.documentId } })
    ).slug as string;
    const res = await http(app.strapi)
      .get(`/api/stations/${slug}/rundown.zip?date=${MONDAY}`)
      .set('Authorization', `Bearer ${token}`)
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const entries = await unzip(res.body as Buffer);
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    const schema = JSON.parse(
      fs.readFileSync(path.join(__dirname, '..', 'docs', 'rundown-manifest.schema.json'), 'utf8')
    );
    const validate = new Ajv({ strict: false, validateFormats: false }).compile(schema);
    expect(validate(manifest)).toBe(true);
    expect(validate.errors ?? null).toBeNull();

    expect(manifest).toMatchObject({
      date: MONDAY,
      timeZone: 'Asia/Ho_Chi_Minh',
      station: { slug },
    });
    const [morning] = manifest.windows;
    expect(morning.items.map((i: { title: string }) => i.title)).toEqual([
      'Thông báo khai sinh trực tuyến',
      'Hướng dẫn nộp hồ sơ',
    ]);
    const first = morning.items[0];
    expect(entries.get(first.scriptFile)!.toString('utf8')).toContain(sentence.trim());
    expect(first.audioFile).toMatch(/^audio\/.+\.wav$/);
    expect(entries.get(first.audioFile)!.equals(wav())).toBe(true);
    for (const window of manifest.windows) {
      for (const item of window.items) {
        expect(entries.has(item.scriptFile)).toBe(true);
        // published scripts may meanwhile have their spoken audio from the speech worker
        expect(item.audioFile === null || entries.has(item.audioFile)).toBe(true);
      }
    }
    // the schema is strict enough to catch a broken manifest
    expect(validate({ ...manifest, windows: [{ start: '6h', end: '06:30:00', items: [] }] })).toBe(
      false
    );
  });
});

describe('the rundown in the admin', () => {
  test('the station’s editors read it and its printable sheet; another commune’s do not', async () => {
    const slug = (
      await app.strapi.db.query(STATION).findOne({ where: { documentId: station.documentId } })
    ).slug as string;
    const asOperator = await http(app.strapi)
      .get(`/cchc/stations/${slug}/rundown?date=${MONDAY}`)
      .set('Authorization', `Bearer ${operator.token}`);
    expect(asOperator.status).toBe(200);
    expect(asOperator.body.data.windows[0].items.length).toBeGreaterThan(0);
    const sheet = await http(app.strapi)
      .get(`/cchc/stations/${slug}/rundown.html?date=${MONDAY}`)
      .set('Authorization', `Bearer ${operator.token}`);
    expect(sheet.status).toBe(200);
    expect(sheet.text).toContain('LỊCH PHÁT SÓNG');
    const other = await http(app.strapi)
      .get(`/cchc/stations/${slug}/rundown?date=${MONDAY}`)
      .set('Authorization', `Bearer ${otherOperator.token}`);
    expect(other.status).toBe(404);
    expect(
      (await http(app.strapi).get(`/cchc/stations/${slug}/rundown?date=${MONDAY}`)).status
    ).toBe(401);
  });
});
