import type { Core, UID } from '@strapi/strapi';
import { Gauge, type Registry } from 'prom-client';
import { DELIVERY_UID, SOCIAL_POST_UID } from '../../core/constants';
import type { Failure } from './jobs';

interface Grouped {
  label: string | null;
  n: number | string;
}

/** Rows of one table counted by one column, among those in `statuses` (all when not given). */
const countBy = async (
  strapi: Core.Strapi,
  uid: UID.Schema,
  column: string,
  statuses?: string[]
) => {
  const { tableName } = strapi.db.metadata.get(uid);
  const query = strapi.db.connection(tableName).select({ label: column }).count({ n: '*' });
  if (statuses) {
    query.whereIn('status', statuses);
  }
  const rows = (await query.groupBy(column)) as Grouped[];
  return rows.map((row) => ({ label: row.label ?? '', n: Number(row.n) }));
};

/** Posts waiting for the posting tool per channel, and webhook deliveries per status. */
export const queueMetrics = (strapi: Core.Strapi, registers: Registry[], failed: Failure) => {
  new Gauge({
    name: 'cchc_social_queue_depth',
    help: 'Social posts waiting or taken by the posting tool and not yet reported, per channel',
    labelNames: ['channel'],
    registers,
    async collect() {
      try {
        const rows = await countBy(strapi, SOCIAL_POST_UID, 'channel_name', ['pending', 'leased']);
        this.reset();
        rows.forEach((row) => this.set({ channel: row.label }, row.n));
      } catch (error) {
        failed('social-queue', error);
      }
    },
  });
  new Gauge({
    name: 'cchc_webhook_deliveries',
    help: 'Webhook deliveries kept, per status (pending, running, delivered, failed)',
    labelNames: ['status'],
    registers,
    async collect() {
      try {
        const rows = await countBy(strapi, DELIVERY_UID, 'status');
        this.reset();
        rows.forEach((row) => this.set({ status: row.label }, row.n));
      } catch (error) {
        failed('webhook-deliveries', error);
      }
    },
  });
};
