import { isFresh } from '../response-cache/freshness';
import { canonicalJson } from '../../core/canonical-json';
import { requestKey } from '../response-cache/request-key';

describe('conditional requests', () => {
  const etag = '"abc"';
  test.each([
    ['the same tag', { 'if-none-match': '"abc"' }, true],
    ['a weak copy of it', { 'if-none-match': 'W/"abc"' }, true],
    ['one of a list', { 'if-none-match': '"x", "abc"' }, true],
    ['any', { 'if-none-match': '*' }, true],
    ['another tag', { 'if-none-match': '"x"' }, false],
    ['no validator', {}, false],
  ])('If-None-Match with %s', (_, headers, fresh) => {
    expect(isFresh(headers, etag)).toBe(fresh);
  });

  test('If-Modified-Since compares whole seconds, and yields to If-None-Match', () => {
    const lastModified = new Date('2026-12-04T08:00:00.500Z');
    expect(
      isFresh({ 'if-modified-since': 'Fri, 04 Dec 2026 08:00:00 GMT' }, etag, lastModified)
    ).toBe(true);
    expect(
      isFresh({ 'if-modified-since': 'Fri, 04 Dec 2026 07:59:59 GMT' }, etag, lastModified)
    ).toBe(false);
    expect(
      isFresh(
        { 'if-none-match': '"x"', 'if-modified-since': 'Fri, 04 Dec 2026 09:00:00 GMT' },
        etag,
        lastModified
      )
    ).toBe(false);
    expect(isFresh({ 'if-modified-since': 'not a date' }, etag, lastModified)).toBe(false);
  });
});

describe('cache keys', () => {
  const base = {
    caller: 'public',
    origin: 'http://localhost:1337',
    path: '/api/articles',
    query: { sort: 'publishedAt:desc', site: 'xa-son-tay' },
    versions: 'api::article.article=a;common=b',
  };

  test('parameters in another order give the same key', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 1 }] })).toBe('{"a":[{"c":1,"d":2}],"b":1}');
    expect(requestKey(base)).toBe(
      requestKey({ ...base, query: { site: 'xa-son-tay', sort: 'publishedAt:desc' } })
    );
  });

  test.each([
    ['another caller', { caller: 'site:4' }],
    ['another version', { versions: 'api::article.article=z;common=b' }],
    ['another origin', { origin: 'https://sontay.example' }],
    ['another site', { query: { sort: 'publishedAt:desc', site: 'xa-khac' } }],
  ])('%s gives another key', (_, change) => {
    expect(requestKey({ ...base, ...change })).not.toBe(requestKey(base));
  });
});
