import { publicReadable } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import { http } from './helpers/http';
import {
  describedNames,
  documentedOperations,
  modelsOnly,
  tokenOnly,
  operationsPublicCannotCall,
  privateAttributeNames,
  servedDocuments,
  documentOfPage,
} from './helpers/public-documentation';

/** Issue #12, case 7: the public API documents describe only what Public may read. */
let app: TestApp;
beforeAll(async () => {
  app = await startApp();
}, 120000);
afterAll(() => stopApp(app));

const privateNames = () => privateAttributeNames(app.strapi, publicReadable(app.strapi));

test('the private attributes are derived from the schemas (Unit.path, admin tokens among them)', () => {
  for (const name of ['path', 'depth', 'password', 'resetPasswordToken', 'registrationToken']) {
    expect(privateNames()).toContain(name);
  }
});

test('neither /api/cchc/openapi.json nor /documentation describes a private field', async () => {
  const { json, page, latest } = await servedDocuments(app.strapi);
  expect([json.status, page.status, latest.status]).toEqual([200, 200, 200]);
  for (const document of [
    JSON.parse(json.text),
    await documentOfPage(app.strapi, page.text),
    await documentOfPage(app.strapi, latest.text),
  ]) {
    const described = describedNames(modelsOnly(app.strapi, document));
    expect(described).toEqual(expect.arrayContaining(['name', 'slug', 'title']));
    expect(described.filter((name) => privateNames().includes(name))).toEqual([]);
  }
  for (const text of [json.text, page.text]) {
    expect(text).not.toMatch(/resetPasswordToken|registrationToken|Users-Permissions|"UnitReport/);
  }
});

test('the document describes the public reads, and what else it describes says it needs a token', async () => {
  const document = JSON.parse((await servedDocuments(app.strapi)).json.text);
  const needsToken = tokenOnly(document);
  const operations = documentedOperations(document).filter((op) => !needsToken.includes(op));
  expect(operations).toEqual(expect.arrayContaining(['GET /api/articles', 'GET /api/units/:id']));
  expect(operationsPublicCannotCall(document).filter((op) => !needsToken.includes(op))).toEqual([]);
  expect(needsToken).toEqual(expect.arrayContaining(['POST /api/social-queue/claim']));
  for (const operation of needsToken) {
    const res = await http(app.strapi)[operation.startsWith('POST') ? 'post' : 'get'](
      operation.split(' ')[1].replace(/:\w+/g, 'zz0000')
    );
    expect([operation, res.status === 401 || res.status === 403]).toEqual([operation, true]);
  }
  for (const operation of operations) {
    const res = await http(app.strapi).get(operation.split(' ')[1].replace(':id', 'zz0000'));
    expect([operation, res.status === 401 || res.status === 403]).toEqual([operation, false]);
  }
});

test('a public type keeps its public fields, a contact its e-mail', async () => {
  const document = JSON.parse((await servedDocuments(app.strapi)).json.text);
  const unit = document.components.schemas.Unit;
  expect(Object.keys(unit.properties)).toEqual(expect.arrayContaining(['name', 'slug', 'level']));
  expect(describedNames(document)).toContain('email');
});
