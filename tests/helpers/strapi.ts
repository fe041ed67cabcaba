import path from 'path';
import { createStrapi, type Core } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from './database';

export interface TestApp {
  strapi: Core.Strapi;
  database: TestDatabase;
}

const root = path.resolve(__dirname, '..', '..');

/**
 * Boots the real app from dist/ (or a copy of it given as `distDir`) on a throwaway database
 * (or the given one); call once per test file.
 */
export const startApp = async (
  given?: TestDatabase,
  distDir = path.join(root, 'dist')
): Promise<TestApp> => {
  const database = given ?? (await createTestDatabase());
  Object.assign(process.env, database.env);
  const strapi = await createStrapi({
    appDir: root,
    distDir,
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  await strapi.server.mount();
  return { strapi, database };
};

export const stopApp = async (app: TestApp | undefined) => {
  if (!app) {
    return;
  }
  await app.strapi.destroy();
  await app.database.drop();
};
