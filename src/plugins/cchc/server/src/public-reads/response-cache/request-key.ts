import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so that the same parameters in another order give one key. */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
};

export interface KeyedRequest {
  /** who the answer is for: `public`, `read-only`, `site:<unit id>` */
  caller: string;
  origin: string;
  path: string;
  query: unknown;
  /** what a GraphQL request asks, from its body or its query string */
  operation?: { query: string; variables?: unknown; operationName?: unknown };
  accept?: string;
  /** the content versions the answer depends on */
  versions: string;
}

/** The key of an answer in the shared cache: everything that can change it, hashed. */
export const requestKey = (request: KeyedRequest) =>
  createHash('sha256')
    .update(
      [
        'v1',
        request.caller,
        request.origin,
        request.path,
        canonicalJson(request.query),
        request.operation ? canonicalJson(request.operation) : '',
        request.accept ?? '',
        request.versions,
      ].join('\n')
    )
    .digest('base64url');
