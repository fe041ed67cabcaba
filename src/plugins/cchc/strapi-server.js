'use strict';

// The plugin's server code is TypeScript compiled by the app's own build into dist/,
// so the plugin needs no build step of its own.
const path = require('path');

module.exports = require(path.join(__dirname, '..', '..', '..', 'dist', 'src', 'plugins', 'cchc', 'server', 'src')).default;
