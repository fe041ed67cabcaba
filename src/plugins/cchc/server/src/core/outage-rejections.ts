import { isDatabaseUnavailable } from './database-outage';

const GUARD = Symbol.for('cchc.outage-rejection-guard');
type GuardedProcess = NodeJS.Process & { [GUARD]?: (reason: unknown) => void };

/**
 * Strapi runs some work after a commit without awaiting it (the populate behind its entry.*
 * events): when the database goes away at that moment the rejection is unhandled, and Node ends
 * the process for it. Such a rejection is logged instead; any other keeps Node's default (the
 * process ends) unless someone else listens. One listener per process, the latest app's.
 */
export const guardAgainstOutageRejections = (log: (message: string) => void) => {
  const guarded = process as GuardedProcess;
  const previous = guarded[GUARD];
  if (previous) {
    process.off('unhandledRejection', previous);
  }
  const listener = (reason: unknown) => {
    if (isDatabaseUnavailable(reason)) {
      log(
        `Background work failed while the database was unavailable: ${
          reason instanceof Error ? reason.message : String(reason)
        }`
      );
      return;
    }
    if (process.listenerCount('unhandledRejection') === 1) {
      throw reason;
    }
  };
  guarded[GUARD] = listener;
  process.on('unhandledRejection', listener);
};
