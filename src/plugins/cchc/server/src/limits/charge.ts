import path from 'path';
import { bearerKey } from '../core/request-auth';

export type Budget = 'anonymous' | 'token' | 'login';

/** Which budget a request is counted against, and under which key. */
export interface Charge {
  budget: Budget;
  key: string;
}

export interface RequestFacts {
  method: string;
  path: string;
  ip: string;
  authorization: string | undefined;
  /** the e-mail a sign-in or reset form names, once the body is parsed */
  email: unknown;
}

/** Sign-in, registration and password reset: the admin's and the front-end accounts'. */
const LOGIN_PATHS = new Set([
  '/admin/login',
  '/admin/register',
  '/admin/register-admin',
  '/admin/forgot-password',
  '/admin/reset-password',
  '/api/auth/local',
  '/api/auth/local/register',
  '/api/auth/forgot-password',
  '/api/auth/reset-password',
  '/api/auth/send-email-confirmation',
]);

const normalisedPath = (raw: string) => path.posix.normalize(raw).toLowerCase().replace(/\/$/, '');

/**
 * The charge of a request, or null when nothing limits it (the admin panel's own calls, static
 * files): sign-in forms per address and e-mail, the Content API and GraphQL per live token or
 * else per address. `identify` tells a live token's identity from a key.
 */
export const chargeOf = async (
  facts: RequestFacts,
  surfaces: { restPrefix: string; graphqlPath: string | null },
  identify: (key: string) => Promise<string | null>
): Promise<Charge | null> => {
  const where = normalisedPath(facts.path);
  if (facts.method === 'POST' && LOGIN_PATHS.has(where)) {
    const email = typeof facts.email === 'string' ? facts.email.trim().toLowerCase() : '-';
    return { budget: 'login', key: `${where}:${email}:${facts.ip}` };
  }
  const isApi =
    where === surfaces.restPrefix ||
    where.startsWith(`${surfaces.restPrefix}/`) ||
    (surfaces.graphqlPath !== null && where === surfaces.graphqlPath.toLowerCase());
  if (!isApi) {
    return null;
  }
  const key = bearerKey(facts.authorization);
  const identity = key ? await identify(key) : null;
  return identity ? { budget: 'token', key: identity } : { budget: 'anonymous', key: facts.ip };
};
