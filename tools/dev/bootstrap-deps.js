const { execSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '../..');

/** Runs `npm install` on a fresh clone (not `npm ci`: the registry lacks other systems' optional binaries). */
function ensureDependencies(label) {
  const marker = path.join(root, 'node_modules/.package-lock.json');
  if (existsSync(marker) && existsSync(path.join(root, 'node_modules/@swc-node/register'))) return;
  console.log(`[${label}] installing dependencies with npm install (first run only, about a minute) ...`);
  try {
    execSync('npm install --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
  } catch {
    console.error(`[${label}] npm install failed: check the network to the npm registry, then run npm install and try again.`);
    process.exit(1);
  }
}

module.exports = { ensureDependencies };
