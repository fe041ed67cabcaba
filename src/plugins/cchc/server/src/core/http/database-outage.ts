import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isDatabaseUnavailable, isMaskedRelationCheck, outageError } from '../database-outage';
import { getService } from '../get-service';
import { graphqlEndpoint } from './graphql-endpoint';
import type { HttpContext } from './context';

/** A probe when the error alone cannot tell: quick, since the request is waiting. */
const PROBE_TIMEOUT_MS = 1000;

/** Errors that would otherwise become a bare 500 (Strapi's own errors already have a status). */
const isUnexpected = (error: unknown) =>
  !(error instanceof errors.ApplicationError) && !(error instanceof errors.HttpError);

const graphqlErrorsIn = (body: unknown) => {
  try {
    const parsed: unknown = typeof body === 'string' ? JSON.parse(body) : body;
    return typeof parsed === 'object' && parsed !== null && 'errors' in parsed;
  } catch {
    return false;
  }
};

/**
 * Answers 503 with Retry-After, never a 4xx or a bare 500, for a request that failed while the
 * database could not be reached, whatever Strapi made of the failure on its way up: a 500, a
 * 401 (auth lookups that fail are treated as "no credentials"), a 400 "Invalid relations"
 * (the entity validator's relation check), or GraphQL's 200 with errors. Sits right after
 * `strapi::errors` so that it sees the raw error.
 */
const databaseOutage = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const graphqlPath = graphqlEndpoint(strapi);
  return async (ctx: HttpContext, next: () => Promise<unknown>) => {
    const outage = getService(strapi, 'database-outage');
    const startedAt = Date.now();
    const isGraphql = ctx.path === graphqlPath;

    const answerUnavailable = (cause: unknown) => {
      const seconds = outage.retryAfterSeconds();
      const error = outageError(seconds);
      outage.reportUnavailable(
        `Database unavailable, answered 503 to ${ctx.path} (request ${ctx.state.requestId ?? '-'}): ${
          cause instanceof Error ? cause.message : String(cause)
        }`
      );
      // a feed may have set validators and a public max-age before the failure
      ctx.remove('ETag');
      ctx.remove('Last-Modified');
      ctx.set('Cache-Control', 'no-store');
      ctx.set('Retry-After', String(seconds));
      ctx.status = 503;
      ctx.body = isGraphql
        ? {
            errors: [
              {
                message: error.message,
                extensions: { code: 'SERVICE_UNAVAILABLE', error },
              },
            ],
          }
        : { data: null, error };
    };

    try {
      await next();
    } catch (error) {
      const suspicious =
        isDatabaseUnavailable(error) || isMaskedRelationCheck(error) || isUnexpected(error);
      if (
        suspicious &&
        (outage.failedSince(startedAt) || !(await outage.reachable(PROBE_TIMEOUT_MS)))
      ) {
        answerUnavailable(error);
        return;
      }
      throw error;
    }
    if (
      outage.failedSince(startedAt) &&
      ((ctx.status >= 400 && ctx.status !== 503) ||
        (isGraphql && ctx.status === 200 && graphqlErrorsIn(ctx.body)))
    ) {
      answerUnavailable(`answered ${ctx.status} while the database failed`);
    }
  };
};

export default databaseOutage;
