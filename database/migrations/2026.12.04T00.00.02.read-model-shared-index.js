'use strict';

// The read model's index of shared items per unit, on databases that already have its tables.
const { compiled } = require('../compiled-plugin');

module.exports = {
  async up(knex) {
    const { createReadModelTables } = compiled('public-reads/read-model/tables');
    await createReadModelTables(knex);
  },
};
