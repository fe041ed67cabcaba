/** The message of whatever was thrown, for a job's `lastError` and the log. */
export const messageOf = (error: unknown) =>
  error instanceof Error ? error.message : String(error);
