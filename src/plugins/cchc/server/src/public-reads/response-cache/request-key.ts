import { createHash } from 'node:crypto';
import { canonicalJson } from '../../core/canonical-json';

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
