'use strict';

// The prefix index of the unit tree's paths (PostgreSQL: text_pattern_ops), on databases whose
// units table already exists.
const { compiled } = require('../compiled-plugin');

module.exports = {
  async up(knex) {
    const { createUnitPathIndexWhereTableExists } = compiled('units/path-index');
    await createUnitPathIndexWhereTableExists(global.strapi, knex);
  },
};
