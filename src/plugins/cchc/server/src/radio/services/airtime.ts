import type { Core } from '@strapi/strapi';
import { AIRTIME, hasAirtime } from '../document-middlewares/airtime';
import { estimateSpoken } from '../spoken-vietnamese';
import { rowsOf } from '../../core/rows';

const BATCH = 200;

/** A row whose text has no estimate yet. */
interface Unestimated {
  id: number;
  script: string;
}

/** Reading-time estimates of scripts saved before the estimate existed. */
const airtimeService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async backfill() {
    let updated = 0;
    for (const model of Object.values(strapi.contentTypes)) {
      if (!model.uid.startsWith('api::') || !hasAirtime(model)) {
        continue;
      }
      const query = rowsOf<Unestimated>(strapi, model.uid);
      for (;;) {
        const rows = await query.findMany({
          where: { [AIRTIME.estimate]: null, [AIRTIME.text]: { $notNull: true } },
          select: ['id', AIRTIME.text],
          limit: BATCH,
        });
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
