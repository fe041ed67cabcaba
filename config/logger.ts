import { stripVTControlCharacters } from 'node:util';
import { winston } from '@strapi/logger';
import { currentRequestId } from '../src/plugins/cchc/server/src/core/http/request-context';

/** Each entry as one JSON object naming the request it was written for, without terminal colours. */
const jsonLines = () =>
  winston.format.combine(
    winston.format((info) => {
      const requestId = currentRequestId();
      if (requestId) {
        info.requestId = requestId;
      }
      if (typeof info.message === 'string') {
        info.message = stripVTControlCharacters(info.message);
      }
      return info;
    })(),
    winston.format.timestamp(),
    winston.format.errors({ stack: true }),
    winston.format.json()
  );

/**
 * Log level from LOG_LEVEL (`warn` keeps tests and scripts quiet). LOG_FORMAT=json writes one JSON
 * object per line (the default in production, for log collectors); `pretty` is Strapi's own.
 */
export default ({ env }: { env: (name: string, fallback: string) => string }) => {
  const production = env('NODE_ENV', 'development') === 'production';
  const format = env('LOG_FORMAT', production ? 'json' : 'pretty');
  return {
    level: env('LOG_LEVEL', 'http'),
    ...(format === 'json' ? { format: jsonLines() } : {}),
  };
};
