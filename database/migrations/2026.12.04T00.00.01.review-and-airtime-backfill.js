'use strict';

// Review stages and reading-time estimates of rows saved before those fields existed. Ran at
// every start before; now once. New databases have no rows yet: nothing to do.
module.exports = {
  async up(knex) {
    const { strapi } = global;
    const plugin = strapi.plugin('cchc');
    const { review, scopedTypes } = strapi.config.get('plugin::cchc');
    const reviewed = review.types.map((uid) => strapi.db.metadata.get(uid).tableName);
    const scripts = Object.keys(scopedTypes)
      .map((uid) => strapi.db.metadata.get(uid))
      .filter((meta) => meta.attributes.estimatedSeconds && meta.attributes.script);
    // one after another: a migration runs in a transaction, on one connection
    const ready = async (tables, column) => {
      for (const table of tables) {
        if (!(await knex.schema.hasTable(table)) || !(await knex.schema.hasColumn(table, column))) {
          return false;
        }
      }
      return true;
    };
    if (await ready(reviewed, 'review_stage')) {
      await plugin.service('review').backfill();
    }
    if (
      await ready(
        scripts.map((meta) => meta.tableName),
        'estimated_seconds'
      )
    ) {
      await plugin.service('airtime').backfill();
    }
  },
};
