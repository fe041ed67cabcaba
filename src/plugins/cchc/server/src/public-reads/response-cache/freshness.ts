interface ConditionalHeaders {
  'if-none-match'?: string;
  'if-modified-since'?: string;
}

const opaque = (tag: string) => tag.trim().replace(/^W\//, '');

/**
 * Whether the client's copy is current (RFC 9110 §13.1.1–13.1.3, weak comparison), so that a
 * 304 may be answered. A request's `Cache-Control: no-cache` does not change the answer: it asks
 * caches on the way to validate with the origin, which is what this is (RFC 9111 §5.2.1.4).
 * Node's fetch sends `no-cache` with every conditional request.
 */
export const isFresh = (
  headers: ConditionalHeaders,
  etag: string | undefined,
  lastModified?: Date
): boolean => {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    if (!etag) {
      return false;
    }
    const wanted = opaque(etag);
    return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
  }
  const ifModifiedSince = headers['if-modified-since'];
  if (ifModifiedSince && lastModified) {
    const since = Date.parse(ifModifiedSince);
    return (
      !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000)
    );
  }
  return false;
};
