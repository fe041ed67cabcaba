'use strict';

// The public read model (cchc_read_items, cchc_read_links) and the content versions: created
// once, and filled from the published rows when the content tables already exist (an upgrade).
const { compiled } = require('../compiled-plugin');

module.exports = {
  async up(knex) {
    const { createReadModelTables } = compiled('public-reads/read-model/tables');
    const { rebuildWhereTablesExist } = compiled('public-reads/read-model/rebuild');
    await createReadModelTables(knex);
    await rebuildWhereTablesExist(global.strapi, knex);
  },
};
