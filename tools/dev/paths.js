// Reads the @carers/* path aliases once from tsconfig.base.json, for jest and for running built code.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '../..');

function aliases() {
  const text = fs.readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8');
  const { paths } = JSON.parse(text).compilerOptions;
  return Object.entries(paths).map(([alias, [target]]) => ({ alias, target }));
}

function pathsToModuleNameMapper(base = root) {
  return Object.fromEntries(aliases().map(({ alias, target }) => [`^${alias}$`, path.join(base, target)]));
}

/** Makes `require('@carers/x')` find the compiled lib inside a build output folder (dist/apps/<app>). */
function registerBuiltAliases(outDir) {
  const Module = require('node:module');
  const map = new Map(aliases().map(({ alias, target }) => [alias, path.join(outDir, target.replace(/\.ts$/, '.js'))]));
  const original = Module._resolveFilename;
  Module._resolveFilename = function resolve(request, ...rest) {
    return original.call(this, map.get(request) ?? request, ...rest);
  };
}

module.exports = { root, aliases, pathsToModuleNameMapper, registerBuiltAliases };
