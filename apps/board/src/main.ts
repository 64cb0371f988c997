import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createBoardApp, PAGE_ENTRY, PAGE_SCRIPT_DIR } from './board-app';
import { boardConfigFromEnv } from './board-config';
import { DevBoardToken, ForwardedToken, TokenSource } from './board-token';

const config = boardConfigFromEnv();
const tokens: TokenSource = config.auth === 'dev-issuer' ? new DevBoardToken(config.council) : new ForwardedToken();
const pageScriptDir = resolve(process.cwd(), PAGE_SCRIPT_DIR);
if (!existsSync(join(pageScriptDir, PAGE_ENTRY))) {
  // the server still answers its API, but the page would stay at "Loading council…" without its script
  console.error(
    JSON.stringify({
      level: 'error',
      service: 'board',
      msg: `the page's script is not built (${join(pageScriptDir, PAGE_ENTRY)}): run nx build board`,
    }),
  );
}
const server = createBoardApp({ config, tokens, pageScriptDir }).listen(config.port, () => {
  console.log(
    JSON.stringify({
      level: 'info',
      service: 'board',
      msg: `Performance and Outcomes Board on :${config.port} for ${config.council} (auth: ${config.auth})`,
      upstreams: config.upstreams,
    }),
  );
});

const stop = (signal: string) => {
  console.log(JSON.stringify({ level: 'info', service: 'board', msg: `stopping on ${signal}` }));
  server.close(() => process.exit(0));
  server.closeAllConnections(); // live alert streams would otherwise hold the close open
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
