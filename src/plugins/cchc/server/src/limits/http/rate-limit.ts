import type { Core } from '@strapi/strapi';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { graphqlEndpoint } from '../../core/http/graphql-endpoint';
import { isRecord } from '../../core/input-shape';
import { pluginConfig } from '../../core/plugin-config';
import { chargeOf } from '../charge';
import { exemptList, limitersOf, plainAddress, type Limiters } from '../limiters';
import { tokenIdentities } from '../known-tokens';
import type { HttpContext } from '../../core/http/context';

const rateLimitError = (seconds: number) => ({
  status: 429,
  name: 'RateLimitError',
  message: `Quá nhiều yêu cầu, vui lòng thử lại sau ${seconds} giây. Too many requests, retry in ${seconds} s.`,
  details: { retryAfterSeconds: seconds },
});

const emailOf = (body: unknown) => (isRecord(body) ? body.email : undefined);

/**
 * Requests per client and window: sign-in forms per address and e-mail, the Content API and
 * GraphQL per live token or else per address. Answers 429 with Retry-After, and tells every
 * counted request its budget (`RateLimit-Limit`, `-Remaining`, `-Reset`). After the body parser
 * (a sign-in names its e-mail in the body), before the response cache (cached answers count).
 */
const rateLimit = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  let limiters: Limiters | undefined;
  let exempt: ((ip: string) => boolean) | undefined;
  const identify = tokenIdentities(strapi);
  const surfaces = {
    restPrefix: strapi.config.get<string | undefined>('api.rest.prefix') ?? '/api',
    graphqlPath: graphqlEndpoint(strapi),
  };

  return async (ctx: HttpContext, next: () => Promise<unknown>) => {
    const settings = pluginConfig(strapi).rateLimits;
    exempt ??= exemptList(settings.exempt);
    const ip = plainAddress(ctx.ip);
    if (!settings.enabled || exempt(ip)) {
      return next();
    }
    const charge = await chargeOf(
      {
        method: ctx.method,
        path: ctx.path,
        ip,
        authorization: ctx.get('authorization') || undefined,
        email: emailOf(ctx.request.body),
      },
      surfaces,
      identify
    );
    if (!charge) {
      return next();
    }
    limiters ??= limitersOf(strapi);
    const { limiter, points } = limiters[charge.budget];
    const tell = (result: RateLimiterRes) => {
      ctx.set('RateLimit-Limit', String(points));
      ctx.set('RateLimit-Remaining', String(Math.max(0, result.remainingPoints)));
      ctx.set('RateLimit-Reset', String(Math.ceil(result.msBeforeNext / 1000)));
    };
    try {
      tell(await limiter.consume(charge.key));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) {
        throw rejection;
      }
      tell(rejection);
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      const error = rateLimitError(seconds);
      ctx.set('Retry-After', String(seconds));
      ctx.set('Cache-Control', 'no-store');
      ctx.status = 429;
      ctx.body =
        ctx.path === surfaces.graphqlPath
          ? { errors: [{ message: error.message, extensions: { code: 'RATE_LIMITED', error } }] }
          : { data: null, error };
      return undefined;
    }
    return next();
  };
};

export default rateLimit;
