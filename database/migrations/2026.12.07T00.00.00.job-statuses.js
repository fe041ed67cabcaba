'use strict';

// One vocabulary for the job tables: a row waits in `pending` and is worked in `running`.
// Speech jobs used to wait in `queued`; webhook deliveries and reminders were worked in
// `sending`. New databases have no such rows.
const RENAMES = [
  ['cchc_speech_jobs', 'queued', 'pending'],
  ['cchc_webhook_deliveries', 'sending', 'running'],
  ['cchc_report_reminders', 'sending', 'running'],
];

module.exports = {
  async up(knex) {
    for (const [table, before, after] of RENAMES) {
      if (await knex.schema.hasTable(table)) {
        await knex(table).where({ status: before }).update({ status: after });
      }
    }
  },
};
