import type { Core, Schema, UID } from '@strapi/strapi';
import { AIRTIME, hasAirtime } from '../document-middlewares/airtime';
import { estimateSpoken } from '../spoken-vietnamese';

const BATCH = 200;

/** Reading-time estimates of scripts saved before the estimate existed. */
const airtimeService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async backfill() {
    let updated = 0;
    for (const model of Object.values(strapi.contentTypes) as Schema.ContentType[]) {
      if (!model.uid.startsWith('api::') || !hasAirtime(model)) {
        continue;
      }
      const query = strapi.db.query(model.uid as UID.ContentType);
      for (;;) {
        const rows = (await query.findMany({
          where: { [AIRTIME.estimate]: null, [AIRTIME.text]: { $notNull: true } },
          select: ['id', AIRTIME.text],
          limit: BATCH,
        })) as Array<{ id: number; script: string }>;
        for (const row of rows) {
          await query.update({
            where: { id: row.id },
            data: { [AIRTIME.estimate]: estimateSpoken(row[AIRTIME.text]).seconds },
          });
        }
        updated += rows.length;
        if (rows.length < BATCH) {
          break;
        }
      }
    }
    return updated;
  },
});

export default airtimeService;
