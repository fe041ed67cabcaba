import type { Core } from '@strapi/strapi';
import config from '../../config';
import { contentTypeUid, isContentTypeUid, schemaOf } from '../schemas';

const article = { uid: 'api::article.article', info: { singularName: 'article' } };
const strapi = { contentTypes: { 'api::article.article': article } } as unknown as Core.Strapi;

describe('content type uids read from config, rows and requests', () => {
  test('a uid the app has is one, with its schema', () => {
    expect(isContentTypeUid(strapi, 'api::article.article')).toBe(true);
    expect(schemaOf(strapi, 'api::article.article')).toBe(article);
    expect(contentTypeUid(strapi, 'api::article.article')).toBe('api::article.article');
  });

  test.each([
    ['a type the app lacks', 'api::leaflet.leaflet'],
    ['a property every object has', 'toString'],
    ['not a string', 42],
    ['nothing', undefined],
  ])('%s is none', (_name, uid) => {
    expect(isContentTypeUid(strapi, uid)).toBe(false);
    expect(schemaOf(strapi, uid)).toBeUndefined();
    expect(() => contentTypeUid(strapi, uid)).toThrow(/No content type/);
  });
});

describe('content type uids in the plugin config', () => {
  const withTypes =
    (types: unknown[], unitUid: unknown = config.default.unitUid) =>
    () =>
      config.validator({ ...config.default, unitUid, review: { types } });

  test('uids of the form (api|plugin)::name.name pass', () => {
    expect(withTypes(['api::article.article', 'plugin::cchc.audit-entry'])).not.toThrow();
  });

  test.each([['article'], ['api::article'], ['admin::user'], [''], [7]])(
    'a reviewed type %p is refused',
    (uid) => {
      expect(withTypes([uid])).toThrow(/a content type uid/);
    }
  );

  test('a malformed unit type is refused', () => {
    expect(withTypes([], 'units')).toThrow(/a content type uid/);
  });
});
