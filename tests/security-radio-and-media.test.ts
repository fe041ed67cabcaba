import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Ajv from 'ajv/dist/2020';
import yauzl from 'yauzl';
import { UIDS } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { createApiToken, graphql, http, superAdminToken } from './helpers/http';
import { connect, makeBroadcastScript, type Doc } from './helpers/fixtures';
import { makeAdmin, makeDistrictTree } from './helpers/units';
import { PNG_A, PNG_B, bytesBehind, storedFile, uploadAs, type StoredFile } from './helpers/media';

const STATION = 'api::station.station';
const ITEM = 'api::rundown-item.rundown-item';
const CM = `/content-manager/collection-types/${ITEM}`;
// Monday 7 December 2026
const MONDAY = '2026-12-07';
const FOREIGN_DRAFT_TEXT =
  'Bản nháp của xã Sơn Giang chưa được duyệt, không được đọc trên đài xã khác.';
const UNAPPROVED_EDIT = 'Bản sửa chưa duyệt của chương trình đã xuất bản.';
const NOT_APPROVED = 'Chưa duyệt';

let app: TestApp;
let tree: Awaited<ReturnType<typeof makeDistrictTree>>;
let station: Doc;
let slug: string;
/** editors of Sơn Tây (A), a colleague there, Sơn Giang (B), the district (D) and its reviewer */
let editorA: { id: number; token: string };
let colleagueA: { id: number; token: string };
let editorB: { id: number; token: string };
let editorD: { id: number; token: string };
let reviewerD: { id: number; token: string };
let superAdmin: string;
let fullAccess: string;
let foreignDraft: Doc;
let foreignPublished: Doc;
let ownDraft: Doc;
let ownPublished: Doc;

beforeAll(async () => {
  app = await startApp();
  tree = await makeDistrictTree(app.strapi, 'bảo mật');
  station = (await app.strapi.documents(STATION as never).create({
    data: {
      name: 'Đài truyền thanh xã Sơn Tây',
      unit: connect(tree.A),
      kind: 'commune_wired',
      syllablesPerMinute: 200,
      windows: [{ label: 'Sáng', weekdays: [1], start: '06:00:00.000', end: '06:30:00.000' }],
    },
  } as never)) as unknown as Doc;
  slug = (await app.strapi.db.query(STATION).findOne({ where: { documentId: station.documentId } }))
    .slug as string;
  foreignDraft = await makeBroadcastScript(app.strapi, {
    title: 'Nháp của xã Sơn Giang',
    script: FOREIGN_DRAFT_TEXT,
    unit: connect(tree.B),
  });
  foreignPublished = await makeBroadcastScript(
    app.strapi,
    { title: 'Chương trình đã duyệt của xã Sơn Giang', unit: connect(tree.B) },
    true
  );
  ownDraft = await makeBroadcastScript(app.strapi, {
    title: 'Nháp của xã Sơn Tây',
    script: 'Nháp của xã Sơn Tây, đang soạn.',
    unit: connect(tree.A),
  });
  ownPublished = await makeBroadcastScript(
    app.strapi,
    {
      title: 'Chương trình đã duyệt của xã Sơn Tây',
      script: 'Bản đã duyệt và xuất bản.',
      unit: connect(tree.A),
    },
    true
  );
  editorA = await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.A }]);
  colleagueA = await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.A }]);
  editorB = await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.B }]);
  editorD = await makeAdmin(app.strapi, ['cchc-unit-editor'], [{ unit: tree.D }]);
  reviewerD = await makeAdmin(app.strapi, ['cchc-reviewer'], [{ unit: tree.D }]);
  superAdmin = await superAdminToken(app.strapi);
  fullAccess = await createApiToken(app.strapi, 'full-access');
}, 120000);
afterAll(() => stopApp(app));

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const slot = (script: Doc, position: number) => ({
  station: connect(station),
  script: connect(script),
  airDate: MONDAY,
  windowStart: '06:00:00.000',
  position,
});
const itemCount = () => app.strapi.db.query(ITEM).count();

describe('a rundown item names only a script its author may read', () => {
  test('another unit’s draft is refused on create, update and clone in the content manager', async () => {
    const before = await itemCount();
    const create = await http(app.strapi)
      .post(CM)
      .set(bearer(editorA.token))
      .send(slot(foreignDraft, 1));
    expect(create.status).toBe(400);
    expect(create.body.error.message).toContain('chỉ xếp được chương trình mình được xem');
    expect(await itemCount()).toBe(before);

    const own = await http(app.strapi).post(CM).set(bearer(editorA.token)).send(slot(ownDraft, 1));
    expect(own.status).toBe(201);
    const documentId = own.body.data.documentId as string;
    const update = await http(app.strapi)
      .put(`${CM}/${documentId}`)
      .set(bearer(editorA.token))
      .send({ script: connect(foreignDraft) });
    expect(update.status).toBe(400);
    const stored = await app.strapi.db
      .query(ITEM)
      .findOne({ where: { documentId }, populate: { script: { select: ['documentId'] } } });
    expect(stored.script.documentId).toBe(ownDraft.documentId);
    expect(stored.title).toBe('Nháp của xã Sơn Tây');

    const clone = await http(app.strapi)
      .post(`${CM}/clone/${documentId}`)
      .set(bearer(editorA.token))
      .send({ script: connect(foreignDraft), position: 2 });
    expect(clone.status).toBe(400);
    expect(await itemCount()).toBe(before + 1);
    // a clone is checked against the window like any other write
    const clash = await http(app.strapi)
      .post(`${CM}/clone/${documentId}`)
      .set(bearer(editorA.token))
      .send({});
    expect(clash.status).toBe(400);
    expect(clash.body.error.message).toContain('vị trí 1');
    // another commune cannot copy the item, nor learn its window's contents by trying
    const foreignClone = await http(app.strapi)
      .post(`${CM}/clone/${documentId}`)
      .set(bearer(editorB.token))
      .send({});
    expect(foreignClone.status).toBe(404);
    expect(foreignClone.text).not.toContain('Nháp của xã Sơn Tây');
    expect(await itemCount()).toBe(before + 1);
  });

  test('another unit’s published script may be planned: published content is everyone’s', async () => {
    const res = await http(app.strapi)
      .post(CM)
      .set(bearer(editorA.token))
      .send(slot(foreignPublished, 3));
    expect(res.status).toBe(201);
  });

  test('REST and GraphQL writes of a token that reads only published content cannot name a draft', async () => {
    const writer = await createApiToken(app.strapi, 'custom', `rundown-writer-${Date.now()}`, [
      'api::rundown-item.rundown-item.create',
      // without a read on the targets Strapi drops the relations before any rule sees them
      'api::station.station.find',
      'api::broadcast-script.broadcast-script.find',
    ]);
    const before = await itemCount();
    const rest = await http(app.strapi)
      .post('/api/rundown-items')
      .set(bearer(writer))
      .send({ data: { ...slot(foreignDraft, 4) } });
    expect(rest.status).toBe(400);
    expect(rest.body.error.message).toContain('chỉ xếp được chương trình mình được xem');
    const gql = await graphql(
      app.strapi,
      `
        mutation ($data: RundownItemInput!) {
          createRundownItem(data: $data) {
            documentId
          }
        }
      `,
      {
        data: {
          station: station.documentId,
          script: foreignDraft.documentId,
          airDate: MONDAY,
          windowStart: '06:00:00.000',
          position: 4,
        },
      },
      writer
    );
    expect(gql.errors?.[0]?.message).toContain('chỉ xếp được chương trình mình được xem');
    expect(gql.data?.createRundownItem ?? null).toBeNull();
    expect(await itemCount()).toBe(before);
    // the same token may plan what it may read: a published script
    const published = await http(app.strapi)
      .post('/api/rundown-items')
      .set(bearer(writer))
      .send({ data: { ...slot(ownPublished, 4) } });
    expect(published.status).toBe(201);
    await app.strapi
      .documents(ITEM as never)
      .delete({ documentId: published.body.data.documentId } as never);
  });
});

describe('the sheet, the JSON and the package carry only published, approved scripts', () => {
  let unzip: (zip: Buffer) => Promise<Map<string, Buffer>>;

  beforeAll(async () => {
    unzip = (zip) =>
      new Promise((resolve, reject) => {
        yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => {
          if (error || !file) {
            return reject(error);
          }
          const entries = new Map<string, Buffer>();
          file.on('entry', (entry: yauzl.Entry) =>
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
            })
          );
          file.on('end', () => resolve(entries));
          file.readEntry();
        });
      });
    // planned before this rule existed (or by trusted code): a foreign draft, with audio
    await app.strapi.documents(ITEM as never).create({ data: slot(foreignDraft, 5) } as never);
    const audio = await uploadAs(app.strapi, superAdmin, 'nhap-son-giang.png');
    await app.strapi.db.query(UIDS.broadcastScript).update({
      where: { documentId: foreignDraft.documentId },
      data: { audio: audio.body[0].id },
    });
    // a published script edited since: the edit waits for approval
    await http(app.strapi).post(CM).set(bearer(editorA.token)).send(slot(ownPublished, 6));
    await app.strapi.documents(UIDS.broadcastScript).update({
      documentId: ownPublished.documentId,
      data: { script: UNAPPROVED_EDIT },
    } as never);
  });

  test('the JSON over the API marks drafts unapproved, without text or audio', async () => {
    const res = await http(app.strapi)
      .get(`/api/stations/${slug}/rundown?date=${MONDAY}`)
      .set(bearer(fullAccess));
    expect(res.status).toBe(200);
    expect(res.text).not.toContain(FOREIGN_DRAFT_TEXT);
    expect(res.text).not.toContain(UNAPPROVED_EDIT);
    const items = res.body.data.windows[0].items as Array<Record<string, unknown>>;
    const byScript = (doc: Doc) => items.find((i) => i.scriptDocumentId === doc.documentId);
    expect(byScript(foreignDraft)).toMatchObject({ approved: false, script: '', audioUrl: null });
    expect(byScript(ownDraft)).toMatchObject({ approved: false, script: '' });
    expect(byScript(ownPublished)).toMatchObject({
      approved: true,
      script: 'Bản đã duyệt và xuất bản.',
    });
    expect(byScript(foreignPublished)).toMatchObject({ approved: true });
  });

  test('the announcer’s sheet, over the API and in the admin, prints no unapproved text', async () => {
    for (const [url, token] of [
      [`/api/stations/${slug}/rundown.html?date=${MONDAY}`, fullAccess],
      [`/cchc/stations/${slug}/rundown.html?date=${MONDAY}`, editorA.token],
      [`/cchc/stations/${slug}/rundown?date=${MONDAY}`, editorA.token],
    ]) {
      const res = await http(app.strapi).get(url).set(bearer(token));
      expect(res.status).toBe(200);
      expect(res.text).not.toContain(FOREIGN_DRAFT_TEXT);
      expect(res.text).not.toContain(UNAPPROVED_EDIT);
      expect(res.text).not.toContain('nhap-son-giang');
    }
    const sheet = await http(app.strapi)
      .get(`/api/stations/${slug}/rundown.html?date=${MONDAY}`)
      .set(bearer(fullAccess));
    expect(sheet.text).toContain(NOT_APPROVED);
    expect(sheet.text).toContain('Bản đã duyệt và xuất bản.');
  });

  test('the hand-off package holds no unapproved text or audio and still matches its schema', async () => {
    const res = await http(app.strapi)
      .get(`/api/stations/${slug}/rundown.zip?date=${MONDAY}`)
      .set(bearer(fullAccess))
      .buffer(true)
      .parse((response, callback) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => callback(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(200);
    const entries = await unzip(res.body as Buffer);
    for (const [name, bytes] of entries) {
      expect(`${name}: ${bytes.toString('utf8')}`).not.toContain(FOREIGN_DRAFT_TEXT);
      expect(bytes.toString('utf8')).not.toContain(UNAPPROVED_EDIT);
    }
    const manifest = JSON.parse(entries.get('manifest.json')!.toString('utf8'));
    const schema = JSON.parse(
      fs.readFileSync(path.join(__dirname, '..', 'docs', 'rundown-manifest.schema.json'), 'utf8')
    );
    const validate = new Ajv({ strict: false, validateFormats: false }).compile(schema);
    expect(validate(manifest)).toBe(true);
    const items = manifest.windows[0].items as Array<Record<string, unknown>>;
    const draft = items.find((i) => i.scriptDocumentId === foreignDraft.documentId)!;
    expect(draft).toMatchObject({ approved: false, audioFile: null, audioUrl: null });
    expect(entries.get(draft.scriptFile as string)!.toString('utf8')).toContain(NOT_APPROVED);
    const published = items.find((i) => i.scriptDocumentId === ownPublished.documentId)!;
    expect(published.approved).toBe(true);
    expect(entries.get(published.scriptFile as string)!.toString('utf8')).toContain(
      'Bản đã duyệt và xuất bản.'
    );
  });
});

describe('the media library belongs to units', () => {
  let districtFile: StoredFile;
  let districtFolder: number;
  let districtBytes: Buffer;
  /** a commune editor's own file, to be pushed into the district's folder */
  let ownFile: number;

  const tmpPng = (bytes: Buffer) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-media-')), 'anh.png');
    fs.writeFileSync(file, bytes);
    return file;
  };
  const sha = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex');
  const unchanged = async () => {
    const file = await storedFile(app.strapi, districtFile.id);
    expect(file).not.toBeNull();
    expect(file).toMatchObject({
      name: districtFile.name,
      hash: districtFile.hash,
      url: districtFile.url,
    });
    expect(sha(bytesBehind(app.strapi, file!.url))).toBe(sha(districtBytes));
    const folder = await app.strapi.db
      .query('plugin::upload.folder')
      .findOne({ where: { id: districtFolder } });
    expect(folder).toMatchObject({ name: 'Ảnh của huyện' });
  };

  beforeAll(async () => {
    const folder = await http(app.strapi)
      .post('/upload/folders')
      .set(bearer(editorD.token))
      .send({ name: 'Ảnh của huyện', parent: null });
    expect(folder.status).toBe(201);
    districtFolder = folder.body.data.id as number;
    const upload = await uploadAs(
      app.strapi,
      editorD.token,
      'anh-huyen.png',
      PNG_A,
      districtFolder
    );
    expect(upload.status).toBe(201);
    districtFile = (await storedFile(app.strapi, upload.body[0].id))!;
    districtBytes = bytesBehind(app.strapi, districtFile.url);
    ownFile = (await uploadAs(app.strapi, editorA.token, 'cua-toi.png')).body[0].id as number;
  });

  test('a commune editor still uploads, and reads and picks any file', async () => {
    const own = await uploadAs(app.strapi, editorA.token, 'anh-xa.png');
    expect(own.status).toBe(201);
    const list = await http(app.strapi).get('/upload/files').set(bearer(editorA.token));
    expect(list.status).toBe(200);
    expect((list.body.results as Array<{ id: number }>).some((f) => f.id === districtFile.id)).toBe(
      true
    );
    const one = await http(app.strapi)
      .get(`/upload/files/${districtFile.id}`)
      .set(bearer(editorA.token));
    expect(one.status).toBe(200);
  });

  test.each([
    ['DELETE /upload/files/:id', () => http(app.strapi).delete(`/upload/files/${districtFile.id}`)],
    [
      'POST /upload?id= with a new file',
      () =>
        http(app.strapi)
          .post(`/upload?id=${districtFile.id}`)
          .attach('files', PNG_B, { filename: 'thay-the.png', contentType: 'image/png' })
          .field('fileInfo', JSON.stringify({ name: 'thay-the.png' })),
    ],
    [
      'POST /upload?id= with fileInfo',
      () =>
        http(app.strapi)
          .post(`/upload?id=${districtFile.id}`)
          .field('fileInfo', JSON.stringify({ name: 'doi-ten.png' })),
    ],
    [
      'PUT /upload/files/:id',
      () =>
        http(app.strapi)
          .put(`/upload/files/${districtFile.id}`)
          .send({ fileInfo: { name: 'doi-ten.png' } }),
    ],
    [
      'POST /upload/files/:id/replace',
      () =>
        http(app.strapi)
          .post(`/upload/files/${districtFile.id}/replace`)
          .attach('files', PNG_B, { filename: 'thay-the.png', contentType: 'image/png' }),
    ],
    [
      'POST /upload/actions/bulk-delete (file)',
      () =>
        http(app.strapi)
          .post('/upload/actions/bulk-delete')
          .send({ fileIds: [districtFile.id], folderIds: [] }),
    ],
    [
      'POST /upload/actions/bulk-delete (folder)',
      () =>
        http(app.strapi)
          .post('/upload/actions/bulk-delete')
          .send({ fileIds: [], folderIds: [districtFolder] }),
    ],
    [
      'POST /upload/actions/bulk-move (file to the root)',
      () =>
        http(app.strapi)
          .post('/upload/actions/bulk-move')
          .send({ fileIds: [districtFile.id], folderIds: [], destinationFolderId: null }),
    ],
    [
      'POST /upload/actions/bulk-move (folder)',
      () =>
        http(app.strapi)
          .post('/upload/actions/bulk-move')
          .send({ fileIds: [], folderIds: [districtFolder], destinationFolderId: null }),
    ],
    [
      'POST /upload/actions/bulk-update',
      () =>
        http(app.strapi)
          .post('/upload/actions/bulk-update')
          .send({ updates: [{ id: districtFile.id, fileInfo: { name: 'doi-ten.png' } }] }),
    ],
    [
      'PUT /upload/folders/:id (rename)',
      () =>
        http(app.strapi)
          .put(`/upload/folders/${districtFolder}`)
          .send({ name: 'Đổi tên', parent: null }),
    ],
    [
      'POST /upload/folders (inside the district’s folder)',
      () =>
        http(app.strapi)
          .post('/upload/folders')
          .send({ name: 'Thư mục lạ', parent: districtFolder }),
    ],
    [
      'POST /upload (into the district’s folder)',
      () =>
        http(app.strapi)
          .post('/upload')
          .attach('files', PNG_B, { filename: 'chen-vao.png', contentType: 'image/png' })
          .field('fileInfo', JSON.stringify({ name: 'chen-vao.png', folder: districtFolder })),
    ],
    [
      'POST /upload/actions/generate-ai-metadata',
      () =>
        http(app.strapi)
          .post('/upload/actions/generate-ai-metadata')
          .send({ fileIds: [districtFile.id] }),
    ],
    ['POST /upload/ai-metadata-jobs', () => http(app.strapi).post('/upload/ai-metadata-jobs')],
    [
      'PUT /upload/files/:id (own file into the district’s folder)',
      () =>
        http(app.strapi)
          .put(`/upload/files/${ownFile}`)
          .send({ fileInfo: { name: 'cua-toi.png', folder: districtFolder } }),
    ],
    [
      'POST /upload/actions/bulk-update (own file into the district’s folder)',
      () =>
        http(app.strapi)
          .post('/upload/actions/bulk-update')
          .send({ updates: [{ id: ownFile, fileInfo: { folder: districtFolder } }] }),
    ],
  ])('%s on the district’s file or folder is refused to a commune editor', async (_, send) => {
    const res = await send().set(bearer(editorA.token));
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/đơn vị mình|quản trị viên/);
    await unchanged();
  });

  test('a commune editor’s own files: changed by them and their unit, not by another commune', async () => {
    const upload = await uploadAs(app.strapi, editorA.token, 'cua-xa.png');
    const id = upload.body[0].id as number;
    const rename = (token: string, name: string) =>
      http(app.strapi)
        .post(`/upload?id=${id}`)
        .set(bearer(token))
        .field('fileInfo', JSON.stringify({ name }));
    expect((await rename(editorA.token, 'cua-xa-1.png')).status).toBe(200);
    expect((await rename(colleagueA.token, 'cua-xa-2.png')).status).toBe(200);
    expect((await rename(editorB.token, 'cua-xa-3.png')).status).toBe(403);
    expect((await storedFile(app.strapi, id))!.name).toBe('cua-xa-2.png');

    const before = sha(bytesBehind(app.strapi, (await storedFile(app.strapi, id))!.url));
    const replaced = await http(app.strapi)
      .post(`/upload?id=${id}`)
      .set(bearer(editorA.token))
      .attach('files', PNG_B, { filename: 'cua-xa.png', contentType: 'image/png' })
      .field('fileInfo', JSON.stringify({ name: 'cua-xa.png' }));
    expect(replaced.status).toBe(200);
    const after = (await storedFile(app.strapi, id))!;
    // the image is re-encoded on upload: what matters is that the bytes changed
    expect(sha(bytesBehind(app.strapi, after.url))).not.toBe(before);

    const folder = await http(app.strapi)
      .post('/upload/folders')
      .set(bearer(editorA.token))
      .send({ name: 'Ảnh của xã', parent: null });
    expect(folder.status).toBe(201);
    const move = await http(app.strapi)
      .post('/upload/actions/bulk-move')
      .set(bearer(editorA.token))
      .send({ fileIds: [id], folderIds: [], destinationFolderId: folder.body.data.id });
    expect(move.status).toBe(200);
    expect(
      (await http(app.strapi).delete(`/upload/files/${id}`).set(bearer(editorB.token))).status
    ).toBe(403);
    expect(
      (
        await http(app.strapi)
          .post('/upload/actions/bulk-delete')
          .set(bearer(editorA.token))
          .send({ fileIds: [], folderIds: [folder.body.data.id] })
      ).status
    ).toBe(200);
    expect(await storedFile(app.strapi, id)).toBeNull();
  });

  test('the district’s reviewer manages the files of the communes below; a super admin all', async () => {
    const upload = await uploadAs(app.strapi, editorA.token, 'xa-gui-huyen.png');
    const id = upload.body[0].id as number;
    const rename = await http(app.strapi)
      .put(`/upload/files/${id}`)
      .set(bearer(reviewerD.token))
      .send({ fileInfo: { name: 'huyen-da-sua.png' } });
    expect(rename.status).toBe(200);
    // a file nobody in a unit uploaded (the speech worker's, the Content API's)
    const system = await app.strapi
      .plugin('upload')
      .service('upload')
      .upload({
        data: { fileInfo: { name: 'he-thong.png' } },
        files: {
          filepath: tmpPng(PNG_A),
          originalFilename: 'he-thong.png',
          mimetype: 'image/png',
          size: PNG_A.length,
        },
      });
    const systemId = system[0].id as number;
    expect(
      (await http(app.strapi).delete(`/upload/files/${systemId}`).set(bearer(reviewerD.token)))
        .status
    ).toBe(403);
    expect(
      (await http(app.strapi).delete(`/upload/files/${systemId}`).set(bearer(superAdmin))).status
    ).toBe(200);
    expect(
      (await http(app.strapi).delete(`/upload/files/${id}`).set(bearer(superAdmin))).status
    ).toBe(200);
  });
});
