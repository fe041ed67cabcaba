import { PUBLIC_READABLE } from '../src/constants';
import { startApp, stopApp, type TestApp } from './helpers/strapi';
import {
  describedNames,
  operationsPublicCannotCall,
  privateAttributeNames,
  servedDocuments,
  specOfPage,
} from './helpers/public-documentation';

// In production the documentation plugin does not generate the document at start: the app does.
process.env.NODE_ENV = 'production';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
}, 120000);
afterAll(() => stopApp(app));

test('in production both documents are served, public reads only, no private field', async () => {
  const { json, page } = await servedDocuments(app.strapi);
  expect([json.status, page.status]).toEqual([200, 200]);
  const privateNames = privateAttributeNames(app.strapi, PUBLIC_READABLE);
  for (const document of [JSON.parse(json.text), specOfPage(page.text)]) {
    expect(describedNames(document).filter((name) => privateNames.includes(name))).toEqual([]);
    expect(operationsPublicCannotCall(document)).toEqual([]);
  }
});
