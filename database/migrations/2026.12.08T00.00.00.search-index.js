'use strict';

// The search index (cchc_search_docs with PostgreSQL's tsvector and trigram indexes, or SQLite's
// FTS5 table and its triggers), filled from the published rows when the content tables exist.
const { compiled } = require('../compiled-plugin');

module.exports = {
  async up(knex) {
    const { createSearchTables } = compiled('search/index-table');
    const { rebuildSearchWhereTablesExist } = compiled('search/index-rows');
    await createSearchTables(knex);
    await rebuildSearchWhereTablesExist(global.strapi, knex);
  },
};
