'use strict';

// The prefix index of the unit tree's paths (PostgreSQL: text_pattern_ops), on databases whose
// units table already exists.
const path = require('path');

module.exports = {
  async up(knex) {
    const { createUnitPathIndexWhereTableExists } = require(
      path.join(
        __dirname,
        '..',
        '..',
        'dist',
        'src',
        'plugins',
        'cchc',
        'server',
        'src',
        'units',
        'path-index'
      )
    );
    await createUnitPathIndexWhereTableExists(global.strapi, knex);
  },
};
