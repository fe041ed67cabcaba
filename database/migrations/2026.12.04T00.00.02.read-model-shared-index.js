'use strict';

// The read model's index of shared items per unit, on databases that already have its tables.
const path = require('path');

module.exports = {
  async up(knex) {
    const { createReadModelTables } = require(
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
        'public-reads',
        'read-model',
        'tables'
      )
    );
    await createReadModelTables(knex);
  },
};
