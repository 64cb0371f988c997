#!/usr/bin/env node
// `npm run token -- --role council-officer --tenant E06000054 [--provider <id>]`: prints a dev-issuer token.
require('./run-ts-entry')('tools/dev/token.ts');
