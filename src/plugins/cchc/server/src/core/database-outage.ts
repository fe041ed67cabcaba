/** Socket-level codes of a database that cannot be reached (refused, reset, unreachable, DNS). */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs of a server going away or not yet there: admin/crash shutdown (57P01,
 * 57P02), starting up (57P03), too many connections (53300) and the connection class (08xxx).
 */
const isPostgresOutageCode = (code: string) =>
  /^08[0-9A-Z]{3}$/.test(code) || ['57P01', '57P02', '57P03', '53300'].includes(code);

/** SQLite: another writer holds the file; retrying later succeeds. */
const isSqliteBusyCode = (code: string) => /^SQLITE_(BUSY|LOCKED|CANTOPEN)/.test(code);

/** Messages of pg and knex that carry no code. */
const OUTAGE_MESSAGES = [
  /Connection terminated/i,
  /Connection ended unexpectedly/i,
  /Client has encountered a connection error and is not queryable/i,
  /timeout exceeded when trying to connect/i,
  /Timeout acquiring a connection/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /terminating connection due to administrator command/i,
];

const fieldOf = (value: object, key: string): unknown => (value as Record<string, unknown>)[key];

const isOutageItself = (error: object): boolean => {
  if (fieldOf(error, 'name') === 'KnexTimeoutError') {
    return true;
  }
  const code = fieldOf(error, 'code');
  if (
    typeof code === 'string' &&
    (NETWORK_CODES.has(code) || isPostgresOutageCode(code) || isSqliteBusyCode(code))
  ) {
    return true;
  }
  const message = fieldOf(error, 'message');
  return typeof message === 'string' && OUTAGE_MESSAGES.some((pattern) => pattern.test(message));
};

/**
 * Whether an error means the database could not be reached (rather than that the request was
 * wrong). Follows `cause`, `originalError` and the `errors` of an AggregateError, since Node
 * reports a refused dual-stack connection as one and GraphQL wraps resolver errors.
 */
export const isDatabaseUnavailable = (error: unknown, depth = 0): boolean => {
  if (typeof error !== 'object' || error === null || depth > 5) {
    return false;
  }
  if (isOutageItself(error)) {
    return true;
  }
  const nested = [fieldOf(error, 'cause'), fieldOf(error, 'originalError')];
  const errors = fieldOf(error, 'errors');
  if (Array.isArray(errors)) {
    nested.push(...errors);
  }
  return nested.some((inner) => isDatabaseUnavailable(inner, depth + 1));
};

/**
 * Strapi's entity validator turns *any* failure of its "do the relations exist" query into this
 * 400, a database outage included; only with no other sign of an outage is it the client's fault.
 */
export const isMaskedRelationCheck = (error: unknown) =>
  error instanceof Error &&
  error.name === 'ValidationError' &&
  error.message === 'Invalid relations';

export const OUTAGE_MESSAGE =
  'Cơ sở dữ liệu tạm thời không truy cập được, vui lòng thử lại sau. (The database is temporarily unavailable; please retry later.)';

/** The 503 error in the shape Strapi gives every other error, for REST and for GraphQL. */
export const outageError = (retryAfterSeconds: number) => ({
  status: 503,
  name: 'ServiceUnavailableError',
  message: OUTAGE_MESSAGE,
  details: { reason: 'database-unavailable', retryAfterSeconds },
});
