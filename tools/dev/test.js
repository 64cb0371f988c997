#!/usr/bin/env node
// `npm test`: installs what is missing, then hands over to the TypeScript test runner.
const { ensureDependencies } = require('./bootstrap-deps');
ensureDependencies('test');
require('./run-ts-entry')('tools/dev/test.ts');
