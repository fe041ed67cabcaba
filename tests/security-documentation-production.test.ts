import { publicReadable } from '../src/constants';
import fs from 'fs';
import path from 'path';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import {
  describedNames,
  modelsOnly,
  operationsPublicCannotCall,
  tokenOnly,
  privateAttributeNames,
  servedDocuments,
  documentOfPage,
} from './helpers/public-documentation';

// In production the documentation plugin does not generate the document at start: the app does.
process.env.NODE_ENV = 'production';
// Swagger UI is off in production unless asked for
process.env.API_DOCS_UI = 'true';

let app: TestApp;
beforeAll(async () => {
  // a document left by an earlier run must not stand in for the one this start generates
  const generated = ['dist', 'src', 'extensions', 'documentation', 'documentation'];
  fs.rmSync(path.resolve(__dirname, '..', ...generated), {
    recursive: true,
    force: true,
  });
  app = await startApp();
}, 120000);
afterAll(() => stopApp(app));

test('in production both documents are served, public reads only, no private field', async () => {
  const { json, page } = await servedDocuments(app.strapi);
  expect([json.status, page.status]).toEqual([200, 200]);
  const privateNames = privateAttributeNames(app.strapi, publicReadable(app.strapi));
  for (const document of [JSON.parse(json.text), await documentOfPage(app.strapi, page.text)]) {
    const described = describedNames(modelsOnly(app.strapi, document));
    expect(described.filter((name) => privateNames.includes(name))).toEqual([]);
    const needsToken = tokenOnly(document);
    expect(operationsPublicCannotCall(document).filter((op) => !needsToken.includes(op))).toEqual(
      []
    );
  }
});
