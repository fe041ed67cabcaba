import { randomUUID } from 'crypto';
import { requestContext } from './request-context';

interface KoaLike {
  get(header: string): string;
  set(header: string, value: string): void;
  state: { requestId?: string };
}

const VALID_ID = /^[\w.:-]{1,100}$/;

/**
 * Gives every request an id (the caller's X-Request-Id when sane), echoed in the response and
 * carried to every log line written while the request is answered.
 */
const requestId = () => async (ctx: KoaLike, next: () => Promise<unknown>) => {
  const given = ctx.get('x-request-id');
  ctx.state.requestId = VALID_ID.test(given) ? given : randomUUID();
  ctx.set('X-Request-Id', ctx.state.requestId);
  return requestContext.run({ requestId: ctx.state.requestId }, next);
};

export default requestId;
