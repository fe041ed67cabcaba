import { randomUUID } from 'crypto';
import { requestContext } from './request-context';
import type { HttpContext } from './context';

const VALID_ID = /^[\w.:-]{1,100}$/;

/**
 * Gives every request an id (the caller's X-Request-Id when sane), echoed in the response and
 * carried to every log line written while the request is answered.
 */
const requestId = () => async (ctx: HttpContext, next: () => Promise<unknown>) => {
  const given = ctx.get('x-request-id');
  const id = VALID_ID.test(given) ? given : randomUUID();
  ctx.state.requestId = id;
  ctx.set('X-Request-Id', id);
  return requestContext.run({ requestId: id }, next);
};

export default requestId;
