#!/usr/bin/env node
// Runs a built service: node tools/dev/run-built.js <app>. Resolves @carers/* inside dist/apps/<app>.
const path = require('node:path');
const { root, registerBuiltAliases } = require('./paths');

const app = process.argv[2];
if (!app) {
  console.error('usage: node tools/dev/run-built.js <registration|assessments|performance|escalation>');
  process.exit(2);
}
const outDir = path.join(root, 'dist/apps', app);
registerBuiltAliases(outDir);
require(path.join(outDir, 'apps', app, 'src/main.js'));
