'use strict';

// Migrations call the plugin's compiled modules (the app's TypeScript build writes them to dist/).
// Kept outside migrations/, which Strapi reads as a list of migrations.
const path = require('path');

const pluginDir = path.join(__dirname, '..', 'dist', 'src', 'plugins', 'cchc', 'server', 'src');

module.exports = { compiled: (file) => require(path.join(pluginDir, file)) };
