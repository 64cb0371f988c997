const path = require('node:path');

/** Loads a TypeScript entry with swc and the workspace path aliases. */
module.exports = function runTsEntry(entry) {
  process.env.SWC_NODE_PROJECT ??= path.join(__dirname, '../../tsconfig.base.json');
  require('@swc-node/register');
  require('reflect-metadata');
  require(path.isAbsolute(entry) ? entry : path.resolve(entry));
};
