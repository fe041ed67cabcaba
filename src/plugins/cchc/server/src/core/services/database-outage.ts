import type { Core } from '@strapi/strapi';
import { isDatabaseUnavailable } from '../database-outage';
import { guardAgainstOutageRejections } from '../outage-rejections';
import { pluginConfig } from '../plugin-config';

const REPORT_INTERVAL_MS = 10000;

interface EventSource {
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

interface ConnectionInitializer {
  initialize(connection: object): Promise<void>;
}

/**
 * Strapi initialises every new pooled connection (`SET search_path`) without catching a failure:
 * when the server drops the connection at that moment the rejection goes unhandled and the pool
 * waits for a connection that never comes. Such a connection is marked dead instead (knex's own
 * mark), so that the pool discards it and the caller gets the outage.
 */
const guardConnectionInit = (strapi: Core.Strapi, onFailure: (error: unknown) => void) => {
  const dialect = (strapi.db as unknown as { dialect: ConnectionInitializer }).dialect;
  const initialize = dialect.initialize.bind(dialect);
  dialect.initialize = async (connection) => {
    try {
      await initialize(connection);
    } catch (error) {
      onFailure(error);
      Object.assign(connection, { __knex__disposed: error });
    }
  };
};

/**
 * Knows when the database last failed to answer, from the connection pool (a connection that
 * could not be made or acquired) and from queries that failed for want of a connection. Requests
 * whose errors started during such a failure are answered 503 rather than with whatever Strapi
 * made of the failed query (a 401 when auth lookups fail, a 400 "Invalid relations", a 500).
 */
const databaseOutageService = ({ strapi }: { strapi: Core.Strapi }) => {
  let lastFailureAt = 0;
  let watching = false;
  let lastReportAt = 0;
  let unreported = 0;
  const record = () => {
    lastFailureAt = Date.now();
  };
  const settings = () => pluginConfig(strapi).outage;

  return {
    /** Listens to the pool and to failed queries; once, at bootstrap. */
    watch() {
      if (watching) {
        return;
      }
      watching = true;
      const knex = strapi.db.connection;
      knex.on('query-error', (error: unknown) => {
        if (isDatabaseUnavailable(error)) {
          record();
        }
      });
      const pool = (knex.client as { pool?: EventSource }).pool;
      pool?.on('acquireFail', record);
      pool?.on('createFail', record);
      guardConnectionInit(strapi, record);
      guardAgainstOutageRejections((message) => {
        record();
        strapi.log.error(message);
      });
    },

    /** Whether a connection failed at or after `at` (ms since the epoch). */
    failedSince(at: number) {
      return lastFailureAt >= at;
    },

    /** Whether the database answers `select 1` within the timeout. */
    async reachable(timeoutMs = settings().readinessTimeoutMs): Promise<boolean> {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const answered = Promise.resolve(strapi.db.connection.raw('select 1')).then(
        () => true,
        () => false
      );
      try {
        return await Promise.race([answered, timedOut]);
      } finally {
        clearTimeout(timer);
      }
    },

    /** Logs a 503 answered for an outage; at most one line per interval, however many requests. */
    reportUnavailable(message: string) {
      const now = Date.now();
      if (now - lastReportAt < REPORT_INTERVAL_MS) {
        unreported += 1;
        return;
      }
      const more = unreported ? ` (and ${unreported} other request(s) since the last report)` : '';
      strapi.log.warn(`${message}${more}`);
      lastReportAt = now;
      unreported = 0;
    },

    retryAfterSeconds() {
      return settings().retryAfterSeconds;
    },
  };
};

export default databaseOutageService;
export type DatabaseOutageService = ReturnType<typeof databaseOutageService>;
