#!/usr/bin/env node
// Runs a TypeScript file (tools, benchmarks): node tools/dev/run-ts.js <file.ts> [args]
const entry = process.argv[2];
process.argv.splice(1, 1);
require('./run-ts-entry')(entry);
