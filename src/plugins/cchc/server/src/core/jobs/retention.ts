import type { Core, UID } from '@strapi/strapi';
import { rowsOf } from '../rows';

/** Which finished rows of a job table may go once they are older than the retention period. */
export interface Retention {
  /** statuses a row no longer leaves (done, failed, cancelled…) */
  finished: string[];
  /** the row's times besides `createdAt`: it goes only when every one is empty or older */
  timeFields: string[];
  /** rows that must stay although old, among `candidates` (e.g. what deduplication reads) */
  keep?(candidates: Array<Record<string, unknown>>): Promise<Set<number>>;
  /** fields `keep` reads from each candidate */
  keepReads?: string[];
}

/** A table the runner sweeps that is not a kind of its work (e.g. the social queue, worked by tools). */
export interface RetainedTable {
  name: string;
  uid: UID.Schema;
  retention: Retention;
}

/** Most batches one sweep deletes per table: the next sweep goes on, writes are never held up. */
const MAX_BATCHES = 20;
/** Most batches one sweep reads per table, kept rows included (they are read again next time). */
const MAX_READS = 200;

const oldFinished = (retention: Retention, cutoff: Date) => ({
  status: { $in: retention.finished },
  createdAt: { $lt: cutoff },
  $and: retention.timeFields.map((field) => ({
    $or: [{ [field]: null }, { [field]: { $lt: cutoff } }],
  })),
});

/**
 * Deletes a job table's finished rows older than `cutoff`, `batchSize` rows per statement, each
 * batch its own short statement so that no write waits on a long one. Returns how many went.
 */
export const sweepTable = async (
  strapi: Core.Strapi,
  uid: UID.Schema,
  retention: Retention,
  cutoff: Date,
  batchSize: number
) => {
  const query = rowsOf<Record<string, unknown> & { id: number }>(strapi, uid);
  const where = oldFinished(retention, cutoff);
  let deleted = 0;
  let afterId = 0;
  let deletions = 0;
  for (let read = 0; read < MAX_READS && deletions < MAX_BATCHES; read += 1) {
    const rows = await query.findMany({
      where: { ...where, id: { $gt: afterId } },
      select: ['id', ...(retention.keepReads ?? [])],
      orderBy: [{ id: 'asc' }],
      limit: batchSize,
    });
    if (rows.length === 0) {
      break;
    }
    afterId = rows[rows.length - 1].id;
    const kept = retention.keep ? await retention.keep(rows) : new Set<number>();
    const ids = rows.map((row) => row.id).filter((id) => !kept.has(id));
    if (ids.length > 0) {
      deleted += (await query.deleteMany({ where: { id: { $in: ids } } })).count;
      deletions += 1;
    }
    if (rows.length < batchSize) {
      break;
    }
  }
  return deleted;
};
