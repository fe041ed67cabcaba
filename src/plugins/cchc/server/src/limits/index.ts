import rateLimit from './http/rate-limit';

/** What holds every client to its share: requests per address, token and sign-in form. */
export const limits = {
  middlewares: { 'rate-limit': rateLimit },
};
