#!/usr/bin/env node
// `npm start`: installs what is missing, then hands over to the TypeScript launcher.
const { ensureDependencies } = require('./bootstrap-deps');
ensureDependencies('start');
require('./run-ts-entry')('tools/dev/start.ts');
